import {padColumns} from './help.js';
import stringWidth from './string-width.js';

/** A group of the help screen: where the keys work, then each key and what it does. */
export type HelpGroup = {readonly scope: string; readonly rows: ReadonlyArray<readonly [string, string]>};

/** A piece of a help line: a scope heading, or a key with what it does. */
export type HelpCell = {readonly text: string; readonly heading: boolean};

const gap = 4;

function column(groups: readonly HelpGroup[]): HelpCell[] {
	const labelWidth = Math.max(0, ...groups.flatMap(({rows}) => rows.map(([label]) => stringWidth(label)))) + 2;
	return groups.flatMap(({scope, rows}) => [
		{text: scope, heading: true},
		...rows.map(([label, description]) => ({text: `  ${padColumns(label, labelWidth)}${description}`, heading: false})),
	]);
}

const widthOf = (cells: readonly HelpCell[]) => Math.max(0, ...cells.map((cell) => stringWidth(cell.text)));

// The two columns whose taller one is shortest; each keeps the groups in table order.
function twoColumns(groups: readonly HelpGroup[]): [HelpCell[], HelpCell[]] {
	let best: [HelpCell[], HelpCell[]] = [column(groups), []];
	for (let mask = 1; mask < 2 ** groups.length - 1; mask++) {
		// The first group always goes left, so each split is tried once.
		if ((mask & 1) === 0) {
			continue;
		}

		const left = column(groups.filter((_, index) => mask & (2 ** index)));
		const right = column(groups.filter((_, index) => !(mask & (2 ** index))));
		if (Math.max(left.length, right.length) < Math.max(best[0].length, best[1].length)) {
			best = [left, right];
		}
	}

	return best;
}

/**
The help screen's lines for `width` × `rows` of text: one column when it fits, else two
side by side when they fit, else one column cut, its last line `ellipsis`. Each line is its
cells from left to right; a cell on the left is padded to its column's width.
*/
export default function layoutHelp(
	groups: readonly HelpGroup[],
	width: number,
	rows: number,
	ellipsis: string,
): HelpCell[][] {
	const single = column(groups);
	if (single.length > rows) {
		const [left, right] = twoColumns(groups);
		const leftWidth = widthOf(left) + gap;
		if (Math.max(left.length, right.length) <= rows && leftWidth + widthOf(right) <= width) {
			return Array.from({length: Math.max(left.length, right.length)}, (_, index) => {
				const cell = left[index] ?? {text: '', heading: false};
				const other = right[index];
				return other ? [{...cell, text: padColumns(cell.text, leftWidth)}, other] : [cell];
			});
		}
	}

	const lines = single.map((cell) => [cell]);
	return lines.length > rows ? [...lines.slice(0, Math.max(0, rows - 1)), [{text: ellipsis, heading: false}]] : lines;
}
