import {stripVTControlCharacters} from 'node:util';
import LineBreaker from 'linebreak';
import sliceAnsi from 'slice-ansi';
import stringWidth from './string-width.js';

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

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
function columnsOf(plain: string): (offset: number) => number {
	const columns = new Array<number>(plain.length + 1).fill(0);
	let column = 0;
	for (const {segment, index} of graphemes.segment(plain)) {
		columns.fill(column, index, index + segment.length);
		column += widthOf(segment);
	}

	columns[plain.length] = column;
	return (offset) => columns[offset]!;
}

/** A line as a range of the plain text: [start, end). */
type Range = {start: number; end: number};

// Pieces of plain[start, end) that are each no wider than `width`, cut between graphemes.
function hardSplit(plain: string, start: number, end: number, width: number): Range[] {
	const ranges: Range[] = [];
	let from = start;
	let used = 0;
	for (const {segment, index} of graphemes.segment(plain.slice(start, end))) {
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

// Pieces of a word wider than the line: cut after its slashes where the pieces fit, and
// between graphemes where even they do not.
function splitWide(
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

/**
Where to break plain text into lines no wider than `width` columns: at the places Unicode
line breaking allows (spaces, and between Chinese characters but not before a closing
mark like `，`) but after a slash, which only breaks a word wider than the line, and
inside a word only when even its pieces are.
*/
export function breakLines(plain: string, width: number): Range[] {
	const column = columnsOf(plain);
	const lines: Range[] = [];
	let line: Range | undefined;
	const breaker = new LineBreaker(plain);
	const slashes: number[] = [];
	let last = 0;
	for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) {
		// Unicode allows a break after a slash; `CI/` `CD` and `Flask/` `Gunicorn` read as one word
		// cut. Such a break is kept for a word that is wider than the line.
		if (!found.required && plain[found.position - 1] === '/' && found.position < plain.length) {
			slashes.push(found.position);
			continue;
		}

		// The piece up to this break, without the spaces or newline that end it.
		const end = last + plain.slice(last, found.position).replace(/[ \n]+$/, '').length;
		if (line && column(end) - column(line.start) <= width) {
			line.end = end;
		} else {
			if (line) {
				lines.push(line);
			}

			const pieces =
				column(end) - column(last) > width
					? splitWide(plain, {start: last, end}, width, column, slashes)
					: [{start: last, end}];
			line = pieces.pop()!;
			lines.push(...pieces);
		}

		if (found.required) {
			lines.push(line);
			line = undefined;
		}

		last = found.position;
	}

	if (line) {
		lines.push(line);
	}

	return lines.length > 0 ? lines : [{start: 0, end: 0}];
}

/**
Wraps text, which may carry colour codes, to `width` columns: Chinese characters count
as two columns, and styles that span a break are closed and reopened on each line.
*/
export default function wrap(text: string, width: number): string[] {
	const plain = stripVTControlCharacters(text);
	const ranges = breakLines(plain, Math.max(1, width));
	if (plain === text) {
		return ranges.map(({start, end}) => plain.slice(start, end));
	}

	// slice-ansi counts a newline as a column; string-width does not.
	const column = columnsOf(plain);
	const newlines = (offset: number): number => plain.slice(0, offset).split('\n').length - 1;
	const at = (offset: number): number => column(offset) + newlines(offset);
	return ranges.map(({start, end}) => sliceAnsi(text, at(start), at(end)));
}
