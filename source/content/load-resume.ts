import {readFileSync} from 'node:fs';
import type {Tokens} from 'marked';
import {inlineToPlain} from '../model/inline-markdown.js';
import type {ItemList, Job, Resume} from '../model/resume.js';
import ContentError from './content-error.js';
import pickBasics from './pick-basics.js';
import readJob from './read-job.js';
import TokenCursor, {describe, splitHeading} from './token-cursor.js';

const sectionIds = ['contact', 'info', 'skills', 'work'] as const;
type SectionId = (typeof sectionIds)[number];

/**
Reads the résumé from Markdown, checking its shape as it goes: the layout it expects is
described in content/README.md. Any mismatch throws a ContentError naming the line.
*/
export function parseResume(source: string, file: string): Resume {
	const cursor = new TokenCursor(source, file);
	const first = cursor.peek();
	if (first?.token.type !== 'heading' || first.token.depth !== 1) {
		return cursor.fail('expected the title first, like "# **Name** résumé"');
	}

	const strong = first.token.tokens?.find((token): token is Tokens.Strong => token.type === 'strong');
	const name = strong && inlineToPlain(strong.text);
	if (!name) {
		return cursor.fail('expected the name in bold in the title, like "# **Name** résumé"');
	}

	const title = inlineToPlain(first.token.text);
	cursor.advance();

	const lists = new Map<Exclude<SectionId, 'work'>, ItemList>();
	const jobs: Job[] = [];
	let workTitle: string | undefined;
	for (let located = cursor.peek(); located; located = cursor.peek()) {
		const {token} = located;
		if (token.type !== 'heading' || token.depth !== 2) {
			return cursor.fail(
				`expected a section heading like "## Title {#${sectionIds.join('|')}}", found ${describe(token)}`,
			);
		}

		const heading = splitHeading(token.text);
		const id = sectionIds.find((known) => known === heading.id);
		if (!id) {
			return cursor.fail(
				heading.id
					? `unknown section "${heading.id}": expected one of ${sectionIds.join(', ')}`
					: `expected a section id after the heading, like "## ${heading.title} {#${sectionIds.join('|')}}"`,
			);
		}

		if (id === 'work' ? workTitle !== undefined : lists.has(id)) {
			return cursor.fail(`expected each section once, found "${id}" again`);
		}

		cursor.advance();
		if (id !== 'work') {
			lists.set(id, cursor.readList(heading.title));
			continue;
		}

		workTitle = heading.title;
		while (cursor.isHeading(3)) {
			jobs.push(readJob(cursor, jobs));
		}

		if (jobs.length === 0) {
			return cursor.fail(
				`expected at least one job heading like "### 2019.02-2021.08 Company {#id}" under "${heading.title}"`,
			);
		}
	}

	const missing = sectionIds.filter((id) => (id === 'work' ? workTitle === undefined : !lists.has(id)));
	if (missing.length > 0) {
		const many = missing.length > 1;
		return cursor.fail(
			`expected the section${many ? 's' : ''} ${missing.join(', ')}, which ${many ? 'are' : 'is'} missing`,
		);
	}

	const contact = lists.get('contact')!;
	const info = lists.get('info')!;
	return {
		title,
		basics: pickBasics(name, contact, info, jobs),
		contact,
		info,
		skills: lists.get('skills')!,
		work: {title: workTitle!, jobs},
	};
}

/** A content file's text; an unreadable file is a ContentError. */
export function readSource(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
		throw new ContentError(file, 0, `expected a readable résumé file (${code})`);
	}
}

/** Reads and parses a content file; an unreadable file is a ContentError too. */
export default function loadResume(file: string): Resume {
	return parseResume(readSource(file), file);
}
