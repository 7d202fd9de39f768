import type {Background} from '../../source/theme/palette.js';
import {xterm256} from './xterm-palette.js';

/** A colour as xterm's buffer holds it: the terminal's own, one of the 16 (SGR 30–37, 90–97), one of the 256, or truecolor `#rrggbb`. */
export type CellColour =
	| {readonly mode: 'default'}
	| {readonly mode: '16' | '256'; readonly index: number}
	| {readonly mode: 'rgb'; readonly hex: string};

/** What a picture of a terminal draws with: its own text and background colours, its 256, and its edge. */
export type SvgPalette = {
	readonly foreground: string;
	readonly background: string;
	readonly colours: readonly string[];
	/** The line around the picture: a light one is seen on a light page, a dark one on a dark page. */
	readonly edge: string;
};

const byte = (value: number) =>
	Math.round(value * 255)
		.toString(16)
		.padStart(2, '0');

const colours = Array.from({length: 256}, (_, index) => `#${xterm256(index).map(byte).join('')}`);

/**
xterm's default colours on a light background (its own: black on white) and a dark one (as
`xterm -rv`: white on black), as test/unit/theme-contrast.test.ts measures the theme against.
*/
export const svgPalettes: Readonly<Record<Background, SvgPalette>> = {
	dark: {foreground: '#ffffff', background: '#000000', colours, edge: '#585858'},
	light: {foreground: '#000000', background: '#ffffff', colours, edge: '#bcbcbc'},
};

/** How a cell's colours look: bold text in colours 0–7 in their bright twins (xterm's boldColors), inverse swapping the two. */
export function drawnColours(
	cell: {readonly fg: CellColour; readonly bg: CellColour; readonly bold: boolean; readonly inverse: boolean},
	palette: SvgPalette,
): {readonly fg: string; readonly bg: string} {
	const brighten = cell.bold && cell.fg.mode === '16' && cell.fg.index < 8 ? 8 : 0;
	const fg = hex(cell.fg, palette.foreground, palette, brighten);
	const bg = hex(cell.bg, palette.background, palette, 0);
	return cell.inverse ? {fg: bg, bg: fg} : {fg, bg};
}

function hex(colour: CellColour, own: string, palette: SvgPalette, offset: number): string {
	switch (colour.mode) {
		case 'default': {
			return own;
		}

		case 'rgb': {
			return colour.hex;
		}

		default: {
			return palette.colours[colour.index + offset] ?? own;
		}
	}
}
