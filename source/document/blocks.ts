import stringWidth from '../text/string-width.js';
import wrap from '../text/wrap.js';

/** A piece of a rendered document; texts are inline Markdown. */
export type Block =
	| {readonly kind: 'title' | 'heading' | 'subheading' | 'label' | 'paragraph'; readonly text: string}
	| {readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly string[]};

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
};

function renderList(
	block: Extract<Block, {kind: 'list'}>,
	width: number,
	style: BlockStyle,
	nested: boolean,
): string[] {
	const markers = block.items.map((_, index) => (block.ordered ? `${index + 1}.` : style.bullet));
	const markerWidth = Math.max(...markers.map((marker) => stringWidth(marker)));
	const indentWidth = style.listIndent + (nested ? style.labelIndent : 0);
	const indent = ' '.repeat(indentWidth);
	const hanging = ' '.repeat(indentWidth + markerWidth + 1);
	const textWidth = Math.max(1, width - hanging.length);
	return block.items.flatMap((item, index) => {
		const marker = markers[index]!;
		const padded = ' '.repeat(markerWidth - stringWidth(marker)) + style.marker(marker);
		return wrap(style.inline(item), textWidth).map((line, row) =>
			row === 0 ? `${indent}${padded} ${line}` : `${hanging}${line}`,
		);
	});
}

function renderBlock(block: Block, width: number, style: BlockStyle, nested: boolean): string[] {
	switch (block.kind) {
		case 'list': {
			return renderList(block, width, style, nested);
		}

		case 'label': {
			const indent = ' '.repeat(style.labelIndent);
			return wrap(style.inline(block.text), width - style.labelIndent).map((line) => indent + style.label(line));
		}

		case 'paragraph': {
			return wrap(style.inline(block.text), width);
		}

		default: {
			const decorate = style[block.kind];
			return wrap(style.inline(block.text), width).flatMap((line) => decorate(line));
		}
	}
}

/**
Lays blocks out as lines no wider than `width`, a blank line between blocks but none after
a heading or a label (they belong to the block below them).
*/
export default function renderBlocks(blocks: readonly Block[], width: number, style: BlockStyle): string[] {
	const lines: string[] = [];
	for (const [index, block] of blocks.entries()) {
		const previous = blocks[index - 1];
		if (previous && previous.kind !== 'label' && previous.kind !== 'heading') {
			lines.push('');
		}

		lines.push(...renderBlock(block, width, style, previous?.kind === 'label'));
	}

	return lines;
}
