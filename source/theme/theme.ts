import ansiEscapes from 'ansi-escapes';
import {Chalk, type ChalkInstance} from 'chalk';
import type {ColorLevel} from './color-level.js';
import glyphsFor, {type Glyphs} from './glyphs.js';
import {type Background, boldRoles, type Colour, type ColourRole, palettes} from './palette.js';

type Paint = (text: string) => string;

/** Colours and marks by role. Components and renderers use these tokens, never colour names or glyphs. */
export type Theme = {
	/** Box lines and marks: Unicode, or ASCII for terminals without it. */
	readonly glyphs: Glyphs;
	/** Whether colour is on; without it, emphasis comes from bold and inverse alone. */
	readonly color: boolean;
	/** The text as a link to `url` where the terminal opens links (OSC 8); elsewhere the text alone. */
	readonly hyperlink: (text: string, url: string) => string;
	/** Painters, for the résumé's text and for the interface; each returns the text with its styles. */
	readonly paint: {
		readonly title: Paint;
		readonly heading: Paint;
		readonly label: Paint;
		readonly marker: Paint;
		readonly link: Paint;
		readonly code: Paint;
		readonly strong: Paint;
		readonly em: Paint;
		readonly del: Paint;
		/** The focused frame, the highlight, the name. */
		readonly accent: Paint;
		/** Secondary text. */
		readonly muted: Paint;
		/** The lines of unfocused frames: never text, which needs more contrast. */
		readonly border: Paint;
		readonly bold: Paint;
		readonly inverse: Paint;
		/** A match of a search, and the one gone to: in the terminal's own colours, reversed, readable on any background. */
		readonly match: Paint;
		readonly currentMatch: Paint;
	};
};

/** What a theme is made for: the terminal's colours and background, its Unicode, and whether it opens links. */
type ThemeOptions = {
	readonly colorLevel: ColorLevel;
	readonly background: Background;
	readonly unicode: boolean;
	readonly hyperlinks: boolean;
};

const plain: Paint = (text) => text;

// A colour as this depth writes it: a named colour of the 16, one of the 256, or truecolor.
function painter(chalk: ChalkInstance, {ansi16, ansi256, hex}: Colour): ChalkInstance {
	if (chalk.level >= 3) {
		return chalk.hex(hex);
	}

	if (chalk.level === 2) {
		return chalk.ansi256(ansi256);
	}

	return ansi16 === 'default' ? chalk : chalk[ansi16];
}

const roles = Object.keys(palettes.dark) as ColourRole[];

/**
The theme of one terminal. Its styles come from a chalk of its own, never the process-wide
one: two terminals served by one process can differ. The colours are the background's
(see palettes); bold and inverse stay on without colour, where they mark the selection.
*/
export default function createTheme({colorLevel, background, unicode, hyperlinks}: ThemeOptions): Theme {
	const chalk = new Chalk({level: colorLevel === 0 ? 1 : colorLevel});
	const color = colorLevel > 0;
	const common = {
		glyphs: glyphsFor({unicode}),
		color,
		hyperlink: hyperlinks ? (text: string, url: string) => ansiEscapes.link(text, url) : plain,
	};
	const emphasis = {
		strong: chalk.bold,
		em: chalk.italic,
		del: chalk.strikethrough,
		bold: chalk.bold,
		inverse: chalk.inverse,
		match: chalk.inverse,
		currentMatch: chalk.bold.underline.inverse,
	};
	if (!color) {
		return {
			...common,
			paint: {
				...emphasis,
				title: chalk.bold,
				heading: chalk.bold,
				label: chalk.bold,
				marker: plain,
				link: chalk.underline,
				code: plain,
				accent: plain,
				muted: plain,
				border: plain,
			},
		};
	}

	const palette = palettes[background];
	const painted = {} as Record<ColourRole, Paint>;
	for (const role of roles) {
		const paint = painter(chalk, palette[role]);
		painted[role] = boldRoles.has(role) ? paint.bold : paint;
	}

	return {...common, paint: {...emphasis, ...painted, link: painter(chalk, palette.link).underline}};
}
