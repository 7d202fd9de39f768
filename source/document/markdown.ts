import {escapeMarkdown, inlineToCommonMark} from '../model/inline-markdown.js';
import type {Resume} from '../model/resume.js';
import type {Block} from './blocks.js';
import resumeBlocks from './resume-blocks.js';

const headingLevels = {title: 1, heading: 2, subheading: 3, label: 4} as const;

function blockToMarkdown(block: Block): string {
	switch (block.kind) {
		// A picture of the periods, which the headings carry as data.
		case 'timeline': {
			return '';
		}

		case 'list': {
			return block.items
				.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${inlineToCommonMark(item)}`)
				.join('\n');
		}

		case 'paragraph': {
			return inlineToCommonMark(block.text);
		}

		default: {
			// Headings hold plain text: the content's own headings were read as such.
			return `${'#'.repeat(headingLevels[block.kind])} ${escapeMarkdown(block.text)}`;
		}
	}
}

/**
The résumé as CommonMark, to paste into a document: ATX headings, flat lists, links as
autolinks so that any renderer shows the address. One section of it, by a name from
`sectionNames`, when one is given.
*/
export default function toMarkdown(resume: Resume, section?: string): string {
	const parts = resumeBlocks(resume, section).map(blockToMarkdown);
	return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}
