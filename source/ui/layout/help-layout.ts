import {type HelpGroup, keyRows} from '../../keys/labels.js';
import type {Door} from '../../model/door.js';
import type {Strings} from '../../strings/index.js';
import stringWidth from '../../text/string-width.js';
import {padColumns} from '../../text/truncate.js';
import type {Glyphs} from '../../theme/glyphs.js';
import type {Framed} from './layout.js';

/** A piece of a help line: a scope heading, or a key with what it does. */
export type HelpCell = {readonly text: string; readonly heading: boolean};

const gap = 4;

// The groups as lines: each heading, then its keys, the keys in a column as wide as the widest.
function column(groups: readonly HelpGroup[]): HelpCell[] {
	const lines = groups.flatMap(({scope, rows}) => [{scope}, ...rows.map((row) => ({row}))]);
	const labels = lines.flatMap((line) => ('row' in line ? [stringWidth(line.row[0])] : []));
	const labelWidth = Math.max(0, ...labels) + 2;
	return lines.map((line) =>
		'row' in line
			? {text: `  ${padColumns(line.row[0], labelWidth)}${line.row[1]}`, heading: false}
			: {text: line.scope, heading: true},
	);
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
The help screen's lines for `width` × `rows` of text: one column when it fits, else two side
by side when they fit, else one column to scroll. Each line is its cells from left to right;
a cell on the left is padded to its column's width.
*/
export default function layoutHelp(groups: readonly HelpGroup[], width: number, rows: number): HelpCell[][] {
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

	return single.map((cell) => [cell]);
}

/** The help screen's lines in a language, for a menu of `entries` at `door`, with the terminal's glyphs, for a frame's text area. */
export function helpLines(strings: Strings, entries: number, door: Door, glyphs: Glyphs, area: Framed): HelpCell[][] {
	const groups = keyRows(strings, entries, door).map(({scope, rows}) => ({
		scope: glyphs.text(scope),
		rows: rows.map(([label, description]) => [glyphs.text(label), glyphs.text(description)] as const),
	}));
	return layoutHelp(groups, area.textWidth, area.textRows);
}
