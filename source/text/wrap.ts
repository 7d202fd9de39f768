import {stripVTControlCharacters} from 'node:util';
import LineBreaker from 'linebreak';
import sliceAnsi from 'slice-ansi';
import insideShortGroup, {maxGroupWidth} from './bracket-groups.js';
import {columnsOf, type Range, splitWide} from './split-wide.js';

/**
Where to break plain text into lines no wider than `width` columns: at the places Unicode
line breaking allows (spaces, and between Chinese characters but not before a closing
mark like `，`) but inside a short bracketed group, and after a slash, which only breaks a
word wider than the line; inside a word only when even its pieces are.
*/
export function breakLines(plain: string, width: number): Range[] {
	const column = columnsOf(plain);
	const lines: Range[] = [];
	let line: Range | undefined;
	const breaker = new LineBreaker(plain);
	const slashes: number[] = [];
	const inGroup = insideShortGroup(plain, column, Math.min(width, maxGroupWidth));
	let last = 0;
	for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) {
		if (!found.required && inGroup(found.position)) {
			continue;
		}

		// Unicode allows a break after a slash; `CI/` `CD` and `Rust/` `Terraform` read as one word
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

/** A wrapped line: its text, with the colour codes of its part, and the range of the plain text it shows. */
type WrappedLine = {readonly text: string; readonly range: Range};

/**
Wraps text, which may carry colour codes, to `width` columns, and says which part of the
plain text each line shows (a search maps what it finds onto the lines this way).
*/
export function wrapRanges(text: string, width: number): WrappedLine[] {
	const plain = stripVTControlCharacters(text);
	const ranges = breakLines(plain, Math.max(1, width));
	if (plain === text) {
		return ranges.map((range) => ({text: plain.slice(range.start, range.end), range}));
	}

	// slice-ansi counts a newline as a column; string-width does not.
	const column = columnsOf(plain);
	const newlines = (offset: number): number => plain.slice(0, offset).split('\n').length - 1;
	const at = (offset: number): number => column(offset) + newlines(offset);
	return ranges.map((range) => ({text: sliceAnsi(text, at(range.start), at(range.end)), range}));
}

/**
Wraps text, which may carry colour codes, to `width` columns: Chinese characters count
as two columns, and styles that span a break are closed and reopened on each line.
*/
export default function wrap(text: string, width: number): string[] {
	return wrapRanges(text, width).map((line) => line.text);
}
