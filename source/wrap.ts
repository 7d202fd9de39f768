import {stripVTControlCharacters} from 'node:util';
import LineBreaker from 'linebreak';
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** A line as a range of the plain text: [start, end). */
type Range = {start: number; end: number};

// Pieces of `text` that are each no wider than `width`, cut between graphemes.
function hardSplit(text: string, offset: number, width: number): Range[] {
	const ranges: Range[] = [];
	let start = offset;
	let used = 0;
	for (const {segment, index} of graphemes.segment(text)) {
		const cells = stringWidth(segment);
		if (used + cells > width && used > 0) {
			ranges.push({start, end: offset + index});
			start = offset + index;
			used = 0;
		}

		used += cells;
	}

	ranges.push({start, end: offset + text.length});
	return ranges;
}

/**
Where to break plain text into lines no wider than `width` columns: at the places Unicode
line breaking allows (spaces, and between Chinese characters but not before a closing
mark like `，`), and inside a word only when the word alone is wider than the line.
*/
export function breakLines(plain: string, width: number): Range[] {
	const lines: Range[] = [];
	let line: Range | undefined;
	let used = 0;
	const breaker = new LineBreaker(plain);
	let last = 0;
	for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) {
		const piece = plain.slice(last, found.position);
		const visible = piece.replace(/[ \n]+$/, '');
		const cells = stringWidth(visible);
		if (line && used + cells <= width) {
			line.end = last + visible.length;
			used += stringWidth(piece.replace(/\n$/, ''));
		} else {
			if (line) {
				lines.push(line);
			}

			const pieces = cells > width ? hardSplit(visible, last, width) : [{start: last, end: last + visible.length}];
			line = pieces.pop()!;
			lines.push(...pieces);
			used = stringWidth(plain.slice(line.start, found.position).replace(/\n$/, ''));
		}

		if (found.required) {
			lines.push(line);
			line = undefined;
			used = 0;
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
	const column = (offset: number): number => {
		const before = plain.slice(0, offset);
		return stringWidth(before) + before.split('\n').length - 1;
	};
	return ranges.map(({start, end}) => sliceAnsi(text, column(start), column(end)));
}
