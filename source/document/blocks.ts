import {stripVTControlCharacters} from 'node:util';
import stringWidth from '../text/string-width.js';
import {wrapRanges} from '../text/wrap.js';
import drawTimeline, {type TimelineRow, type TimelineStyle} from './timeline.js';

/** A piece of a rendered document; texts are inline Markdown. */
export type Block =
	| {readonly kind: 'title' | 'heading' | 'subheading' | 'label' | 'paragraph'; readonly text: string}
	| {readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly string[]}
	| {readonly kind: 'timeline'; readonly rows: readonly TimelineRow[]};

/** How blocks look: inline Markdown to text, a style for each kind of line, list markers. */
export type BlockStyle = {
	readonly inline: (markdown: string) => string;
	readonly title: (text: string) => string[];
	readonly heading: (text: string) => string[];
	readonly subheading: (text: string) => string[];
	readonly label: (text: string) => string;
	readonly marker: (marker: string) => string;
	readonly bullet: string;
	/** Columns before a list marker. */
	readonly listIndent: number;
	/** Columns before a label, and added before the markers of its list. */
	readonly labelIndent: number;
	readonly timeline: TimelineStyle;
};

/** Where a line's text comes from: a range of one of the document's texts, set from a column of the line. */
type LineSource = {
	/** The text, by its index in `segments`. */
	readonly segment: number;
	readonly start: number;
	readonly end: number;
	/** The column the text starts at, after an indent or a list marker. */
	readonly column: number;
};

/** Blocks laid out as lines, and where the text of each line comes from. */
export type LaidOut = {
	readonly lines: readonly string[];
	/** Per line: the text it shows; undefined for a line that shows none (a blank, an underline). */
	readonly sources: ReadonlyArray<LineSource | undefined>;
	/** Each text of the blocks (a paragraph, a list item, a heading) as plain text, as it is shown. */
	readonly segments: readonly string[];
};

type Line = {readonly text: string; readonly source?: LineSource};

// Lays out one text of a block: wrapped to `width`, each line given its prefix and style.
function layText(
	segments: string[],
	markdown: string,
	width: number,
	style: BlockStyle,
	dress: (line: string, row: number) => {prefix: string; lines: string[]},
): Line[] {
	const text = style.inline(markdown);
	const segment = segments.push(stripVTControlCharacters(text)) - 1;
	return wrapRanges(text, width).flatMap(({text: line, range}, row) => {
		const {prefix, lines} = dress(line, row);
		const column = stringWidth(prefix);
		const [first = '', ...rest] = lines;
		return [{text: prefix + first, source: {segment, ...range, column}}, ...rest.map((text) => ({text}))];
	});
}

function layList(
	segments: string[],
	block: Extract<Block, {kind: 'list'}>,
	width: number,
	style: BlockStyle,
	nested: boolean,
): Line[] {
	const markers = block.items.map((_, index) => (block.ordered ? `${index + 1}.` : style.bullet));
	const markerWidth = Math.max(...markers.map((marker) => stringWidth(marker)));
	const indentWidth = style.listIndent + (nested ? style.labelIndent : 0);
	const indent = ' '.repeat(indentWidth);
	const hanging = ' '.repeat(indentWidth + markerWidth + 1);
	const textWidth = Math.max(1, width - hanging.length);
	return block.items.flatMap((item, index) => {
		const marker = markers[index]!;
		const padded = ' '.repeat(markerWidth - stringWidth(marker)) + style.marker(marker);
		return layText(segments, item, textWidth, style, (line, row) => ({
			prefix: row === 0 ? `${indent}${padded} ` : hanging,
			lines: [line],
		}));
	});
}

function layBlock(segments: string[], block: Block, width: number, style: BlockStyle, nested: boolean): Line[] {
	switch (block.kind) {
		case 'list': {
			return layList(segments, block, width, style, nested);
		}

		case 'label': {
			const indent = ' '.repeat(style.labelIndent);
			return layText(segments, block.text, width - style.labelIndent, style, (line) => ({
				prefix: indent,
				lines: [style.label(line)],
			}));
		}

		case 'paragraph': {
			return layText(segments, block.text, width, style, (line) => ({prefix: '', lines: [line]}));
		}

		// A picture: no text of it is searched.
		case 'timeline': {
			return drawTimeline(block.rows, width, style.timeline).map((text) => ({text}));
		}

		default: {
			const decorate = style[block.kind];
			return layText(segments, block.text, width, style, (line) => ({prefix: '', lines: decorate(line)}));
		}
	}
}

/**
Lays blocks out as lines no wider than `width`, a blank line between blocks but none after
a heading or a label (they belong to the block below them), and keeps where each line's
text comes from.
*/
export function layoutBlocks(blocks: readonly Block[], width: number, style: BlockStyle): LaidOut {
	const lines: Line[] = [];
	const segments: string[] = [];
	for (const [index, block] of blocks.entries()) {
		const previous = blocks[index - 1];
		if (previous && previous.kind !== 'label' && previous.kind !== 'heading') {
			lines.push({text: ''});
		}

		lines.push(...layBlock(segments, block, width, style, previous?.kind === 'label'));
	}

	return {lines: lines.map((line) => line.text), sources: lines.map((line) => line.source), segments};
}

/** The lines of `layoutBlocks` alone. */
export default function renderBlocks(blocks: readonly Block[], width: number, style: BlockStyle): string[] {
	return [...layoutBlocks(blocks, width, style).lines];
}
