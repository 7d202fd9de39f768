import {maxTextWidth} from '../../text/sizes.js';

/** The smallest terminal the app draws in; below it, a one-line message. */
export const minimum = {columns: 30, rows: 8} as const;

/**
What a frame takes around its text: a border column on each side with a column of padding
inside it, and a border row above and below.
*/
export const frameInsets = {border: 1, columns: 2, rows: 1} as const;

// From this many columns the menu stands beside the panel (a VT100's width: the menu's 30 and a
// panel of 50); below, above it.
const splitFrom = 80;

/** Columns of the menu's selection mark, `› `, before an entry's text. */
const markWidth = 2;

// `value`, or the nearer bound when it lies outside [low, high].
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** A rectangle of the screen: its outer size. */
type Area = {readonly width: number; readonly height: number};

/** A frame's outer size, and the text that fits inside it. */
export type Framed = Area & {
	/** Rows of text inside the frame. */
	readonly textRows: number;
	/** Columns of text inside the frame. */
	readonly textWidth: number;
};

/** The menu: its frame, the entries it shows at once and the rows each takes. */
export type MenuArea = Framed & {
	/** Menu entries shown at once. */
	readonly visible: number;
	/** Rows per entry: 2 shows a job's period under its company. */
	readonly entryRows: 1 | 2;
};

/** Where everything goes for a terminal size. */
export type Layout =
	| {readonly kind: 'too-small'; readonly columns: number; readonly rows: number}
	| {
			/** `split`: menu beside the panel; `stacked`: menu above the panel. */
			readonly kind: 'split' | 'stacked';
			readonly columns: number;
			/** Rows of the header: 0 to 2. */
			readonly header: number;
			readonly menu: MenuArea;
			readonly panel: Framed;
			/** The help screen, which takes the place of everything but the footer. */
			readonly help: Framed;
	  };

/** A frame of `width` × `height` and the text inside it; `maxWidth` caps the text's columns. */
function framed(width: number, height: number, maxWidth = Number.POSITIVE_INFINITY): Framed {
	return {
		width,
		height,
		textRows: Math.max(0, height - 2 * frameInsets.rows),
		textWidth: Math.max(1, Math.min(maxWidth, width - 2 * frameInsets.columns)),
	};
}

function menuArea(width: number, height: number, visible: number, entryRows: 1 | 2): MenuArea {
	const frame = framed(width, height);
	return {...frame, textWidth: Math.max(1, frame.textWidth - markWidth), visible, entryRows};
}

/** Lays out the screen for a terminal of `columns` × `rows` and a menu of `entries`, every row of it. */
export default function calculateLayout(columns: number, rows: number, entries: number): Layout {
	if (columns < minimum.columns || rows < minimum.rows) {
		return {kind: 'too-small', columns, rows};
	}

	const height = rows;
	const footer = 1;
	const help = framed(columns, height - footer);
	const panelFrame = (width: number, frameHeight: number) => framed(width, frameHeight, maxTextWidth);
	const inside = 2 * frameInsets.rows;

	if (columns >= splitFrom) {
		const header = rows >= 12 ? 1 : 0;
		const body = height - header - footer;
		const menuWidth = clamp(Math.round(columns * 0.3), 30, 36);
		const entryRows = body - inside >= entries * 2 ? 2 : 1;
		return {
			kind: 'split',
			columns,
			header,
			menu: menuArea(menuWidth, body, Math.min(entries, Math.floor((body - inside) / entryRows)), entryRows),
			panel: panelFrame(columns - menuWidth, body),
			help,
		};
	}

	const header = rows >= 16 ? 2 : rows >= 12 ? 1 : 0;
	const body = height - header - footer;
	// The menu gets about a third of the rows, the panel keeps at least one line of text.
	const visible = clamp(Math.floor((body - 4) / 3), 1, entries);
	const menuHeight = visible + inside;
	return {
		kind: 'stacked',
		columns,
		header,
		menu: menuArea(columns, menuHeight, visible, 1),
		panel: panelFrame(columns, body - menuHeight),
		help,
	};
}

/**
The first entry shown: the selection kept in the middle of the window where it can be. It
depends on nothing but the selection and the size, so a resize draws what a fresh start would.
*/
export function windowStart(selected: number, visible: number, entries: number): number {
	return Math.max(0, Math.min(selected - Math.floor((visible - 1) / 2), entries - visible));
}
