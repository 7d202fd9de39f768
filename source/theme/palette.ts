import type {ForegroundColorName} from 'chalk';

/** A terminal's background: dark (light text on it) or light (dark text on it). */
export type Background = 'dark' | 'light';

/**
One colour at each depth a terminal has: one of its 16 named colours (or `default`, its own
text colour), one of xterm's 256 (16–255: the colour cube and the greys, which every
terminal draws alike) and a truecolor `#rrggbb` (here the same colour as the 256 one).
*/
export type Colour = {readonly ansi16: ForegroundColorName | 'default'; readonly ansi256: number; readonly hex: string};

/** The roles that are drawn in a colour of their own. `border` is for lines only, never for text. */
export type ColourRole = 'title' | 'heading' | 'label' | 'marker' | 'link' | 'code' | 'accent' | 'muted' | 'border';

/** The roles drawn bold: the app bolds the accent too (the name, the selection, the help's headings). */
export const boldRoles: ReadonlySet<ColourRole> = new Set(['title', 'heading', 'label']);

const colour = (ansi16: Colour['ansi16'], ansi256: number, hex: string): Colour => ({ansi16, ansi256, hex});

/**
The colours of each background. Each one used for text has a contrast of 4.5:1 or more
against the background at every depth (3:1 for `border`), in xterm's default colours:
test/unit/theme-contrast.test.ts measures what the theme writes. xterm draws bold text in
colours 0–7 with their bright twins (8–15), so a role drawn bold takes a colour whose twin
is readable too. On white only blue is, with the terminal's own text colour: in 16 colours
a light terminal's labels are blue, its headings and code in its own colour.
*/
export const palettes: Readonly<Record<Background, Readonly<Record<ColourRole, Colour>>>> = {
	dark: {
		title: colour('cyan', 80, '#5fd7d7'),
		heading: colour('magentaBright', 176, '#d787d7'),
		label: colour('yellow', 179, '#d7af5f'),
		marker: colour('cyan', 80, '#5fd7d7'),
		// xterm's blue on black is 2.2:1, its bright blue 4.4:1.
		link: colour('cyanBright', 75, '#5fafff'),
		code: colour('green', 114, '#87d787'),
		accent: colour('cyan', 80, '#5fd7d7'),
		muted: colour('blackBright', 245, '#8a8a8a'),
		border: colour('blackBright', 241, '#626262'),
	},
	light: {
		title: colour('blue', 25, '#005faf'),
		heading: colour('default', 90, '#870087'),
		label: colour('blue', 130, '#af5f00'),
		marker: colour('blue', 25, '#005faf'),
		link: colour('blue', 26, '#005fd7'),
		code: colour('default', 124, '#af0000'),
		accent: colour('blue', 25, '#005faf'),
		// No grey of the 16 is dark enough for text on white (bright black is 4.0:1): the terminal's own colour.
		muted: colour('default', 242, '#6c6c6c'),
		border: colour('blackBright', 245, '#8a8a8a'),
	},
};
