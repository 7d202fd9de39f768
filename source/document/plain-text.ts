import {inlineToPlain} from '../model/inline-markdown.js';
import type {Resume} from '../model/resume.js';
import stringWidth from '../text/string-width.js';
import glyphsFor, {type Glyphs} from '../theme/glyphs.js';
import type {Theme} from '../theme/theme.js';
import type {BlockStyle} from './blocks.js';
import renderBlocks from './blocks.js';
import resumeBlocks from './resume-blocks.js';

const underline =
	(character: string) =>
	(text: string): string[] => [text, character.repeat(stringWidth(text))];

const unpainted = (text: string) => text;

// A timeline in the marks of `glyphs`, unpainted.
const plainTimeline = ({timeline, ellipsis}: Glyphs) => ({marks: timeline, ellipsis, bar: unpainted, axis: unpainted});

/** Plain text: setext-style underlines, no escape codes; the timeline in Unicode. */
export const plainStyle: BlockStyle = {
	inline: inlineToPlain,
	title: underline('='),
	heading: underline('-'),
	subheading: (text) => [text],
	label: (text) => text,
	marker: (marker) => marker,
	bullet: '-',
	listIndent: 2,
	labelIndent: 2,
	timeline: plainTimeline(glyphsFor({unicode: true})),
};

/** Plain text with the theme's colours, for a terminal that is not interactive. */
export function paintedStyle({paint}: Theme): BlockStyle {
	const painted =
		(character: string) =>
		(text: string): string[] => [paint.heading(text), paint.muted(character.repeat(stringWidth(text)))];
	return {
		...plainStyle,
		title: painted('='),
		heading: painted('-'),
		subheading: (text) => [paint.title(text)],
		label: paint.label,
		marker: paint.marker,
		timeline: {...plainStyle.timeline, bar: paint.marker, axis: paint.muted},
	};
}

/** How to print text: the columns, the style (plain unless given) and one section if asked. */
type PlainTextOptions = {
	readonly width: number;
	readonly style?: BlockStyle;
	/** A name from `sectionNames`. */
	readonly section?: string | undefined;
};

/**
The whole résumé as text no wider than `width`, every section in the order of the source;
or one section of it.
*/
export default function toPlainText(resume: Resume, {width, style = plainStyle, section}: PlainTextOptions): string {
	const lines = renderBlocks(resumeBlocks(resume, section), width, style);
	return `${lines.map((line) => line.trimEnd()).join('\n')}\n`;
}
