import graphemes from './graphemes.js';
import stringWidth from './string-width.js';

// Characters outside the common blocks are slow to measure; a résumé repeats the same few.
const widths = new Map<string, number>();
const widthOf = (grapheme: string): number => {
	let width = widths.get(grapheme);
	if (width === undefined) {
		width = stringWidth(grapheme);
		widths.set(grapheme, width);
	}

	return width;
};

/** The column at each offset of plain text: `column(i)` is the width of `plain.slice(0, i)`. */
export function columnsOf(plain: string): (offset: number) => number {
	const columns = new Array<number>(plain.length + 1).fill(0);
	let column = 0;
	for (const {segment, index} of graphemes(plain)) {
		columns.fill(column, index, index + segment.length);
		column += widthOf(segment);
	}

	columns[plain.length] = column;
	return (offset) => columns[offset]!;
}

/** A line as a range of the plain text: [start, end). */
export type Range = {start: number; end: number};

// Pieces of plain[start, end) that are each no wider than `width`, cut between graphemes.
function hardSplit(plain: string, start: number, end: number, width: number): Range[] {
	const ranges: Range[] = [];
	let from = start;
	let used = 0;
	for (const {segment, index} of graphemes(plain.slice(start, end))) {
		const cells = widthOf(segment);
		if (used + cells > width && used > 0) {
			ranges.push({start: from, end: start + index});
			from = start + index;
			used = 0;
		}

		used += cells;
	}

	ranges.push({start: from, end});
	return ranges;
}

/** Pieces of a word wider than the line: cut after its slashes where the pieces fit, and
between graphemes where even they do not. */
export function splitWide(
	plain: string,
	{start, end}: Range,
	width: number,
	column: (offset: number) => number,
	slashes: readonly number[],
): Range[] {
	const ranges: Range[] = [];
	let from = start;
	// The furthest cut so far that keeps [from, fits) within the line.
	let fits = start;
	for (const cut of [...slashes.filter((offset) => offset > start && offset < end), end]) {
		if (column(cut) - column(from) > width && fits > from) {
			ranges.push({start: from, end: fits});
			from = fits;
		}

		if (column(cut) - column(from) > width) {
			const pieces = hardSplit(plain, from, cut, width);
			from = pieces.pop()!.start;
			ranges.push(...pieces);
		}

		fits = cut;
	}

	ranges.push({start: from, end});
	return ranges;
}
