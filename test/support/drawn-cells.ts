import {type CellColour, drawnColours, type SvgPalette} from './svg-palette.js';

/** One cell of a terminal's screen, as xterm's buffer holds it. */
export type ScreenCell = {
	/** Its text: '' for an empty cell and for the second half of a wide character. */
	readonly char: string;
	/** Columns it takes: 2 for a wide (CJK) character, 0 for the cell after one. */
	readonly width: number;
	readonly fg: CellColour;
	readonly bg: CellColour;
	readonly bold: boolean;
	readonly dim: boolean;
	readonly italic: boolean;
	readonly underline: boolean;
	readonly inverse: boolean;
	readonly strikethrough: boolean;
	readonly invisible: boolean;
};

/** A cell as it is drawn: where it stands, its background, and its text's look as SVG attributes. */
export type Drawn = {
	readonly column: number;
	readonly width: number;
	readonly text: string;
	readonly bg: string;
	readonly look: string;
	/** Underlined or struck through: its spaces are drawn too. */
	readonly decorated: boolean;
};

/** Cells side by side that share a key, from `column` on. */
export type Run = {readonly column: number; readonly cells: Drawn[]};

function look(cell: ScreenCell, fg: string): string {
	const decorations = [cell.underline && 'underline', cell.strikethrough && 'line-through'].filter(Boolean);
	return [
		`fill="${fg}"`,
		cell.bold && 'font-weight="bold"',
		cell.italic && 'font-style="italic"',
		cell.dim && 'opacity="0.5"',
		decorations.length > 0 && `text-decoration="${decorations.join(' ')}"`,
	]
		.filter(Boolean)
		.join(' ');
}

/** The cells of a row as they are drawn, the second halves of wide characters left out. */
export function drawnRow(row: readonly ScreenCell[], palette: SvgPalette): Drawn[] {
	return row.flatMap((cell, column) => {
		if (cell.width === 0) {
			return [];
		}

		const {fg, bg} = drawnColours(cell, palette);
		const text = cell.invisible || cell.char === '' ? ' ' : cell.char;
		const decorated = cell.underline || cell.strikethrough;
		return [{column, width: cell.width, text, bg, look: look(cell, fg), decorated}];
	});
}

/** `cells` in runs: side by side, with the same `key`. */
export function runs(cells: readonly Drawn[], key: (cell: Drawn) => string): Run[] {
	const found: Run[] = [];
	for (const cell of cells) {
		const last = found.at(-1)?.cells.at(-1);
		if (last && key(last) === key(cell) && last.column + last.width === cell.column) {
			found.at(-1)!.cells.push(cell);
		} else {
			found.push({column: cell.column, cells: [cell]});
		}
	}

	return found;
}
