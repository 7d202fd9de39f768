import clamp from './clamp.js';
/** The smallest terminal the app draws in; below it, a one-line message. */
export const minimum = {columns: 30, rows: 8} as const;

/** Widest text in the panel: long lines are hard to read on a very wide terminal. */
export const maxTextWidth = 100;

/** A frame: its outer size. Borders take one row or column on each side. */
export type Frame = {readonly width: number; readonly height: number};

/** Where everything goes for a terminal size. */
export type Layout =
	| {readonly kind: 'too-small'; readonly columns: number; readonly rows: number}
	| {
			/** `split`: menu beside the panel; `stacked`: menu above the panel. */
			readonly kind: 'split' | 'stacked';
			readonly columns: number;
			/** Rows of the header: 0 to 2. */
			readonly header: number;
			readonly menu: Frame & {
				/** Menu entries shown at once. */
				readonly visible: number;
				/** Rows per entry: 2 shows a job's period under its company. */
				readonly entryRows: 1 | 2;
			};
			readonly panel: Frame & {
				/** Rows of text inside the frame. */
				readonly textRows: number;
				/** Columns of text inside the frame. */
				readonly textWidth: number;
			};
	  };

/**
Lays out the screen for a terminal of `columns` × `rows` and a menu of `entries`. The frame
is one row shorter than the terminal: Ink ends every frame with a newline, and a frame as
tall as the terminal would scroll it.
*/
export default function calculateLayout(columns: number, rows: number, entries: number): Layout {
	if (columns < minimum.columns || rows < minimum.rows) {
		return {kind: 'too-small', columns, rows};
	}

	const height = rows - 1;
	const footer = 1;
	const panelText = (width: number, frameHeight: number) => ({
		textRows: frameHeight - 2,
		textWidth: Math.min(maxTextWidth, width - 4),
	});

	if (columns >= 80) {
		const header = rows >= 12 ? 1 : 0;
		const body = height - header - footer;
		const menuWidth = clamp(Math.round(columns * 0.3), 30, 36);
		const entryRows = body - 2 >= entries * 2 ? 2 : 1;
		return {
			kind: 'split',
			columns,
			header,
			menu: {width: menuWidth, height: body, visible: Math.min(entries, Math.floor((body - 2) / entryRows)), entryRows},
			panel: {width: columns - menuWidth, height: body, ...panelText(columns - menuWidth, body)},
		};
	}

	const header = rows >= 16 ? 2 : rows >= 12 ? 1 : 0;
	const body = height - header - footer;
	// The menu gets about a third of the rows, the panel keeps at least one line of text.
	const visible = clamp(Math.floor((body - 4) / 3), 1, entries);
	const menuHeight = visible + 2;
	return {
		kind: 'stacked',
		columns,
		header,
		menu: {width: columns, height: menuHeight, visible, entryRows: 1},
		panel: {width: columns, height: body - menuHeight, ...panelText(columns, body - menuHeight)},
	};
}
