import ansiEscapes from 'ansi-escapes';
import {Chalk} from 'chalk';
import type {ColorLevel} from '../terminal/color-level.js';
import glyphsFor, {type Glyphs} from './glyphs.js';

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
		/** Secondary text and unfocused frames. */
		readonly muted: Paint;
		readonly bold: Paint;
		readonly inverse: Paint;
		/** A match of a search, and the one gone to: in the terminal's own colours, reversed, readable on any background. */
		readonly match: Paint;
		readonly currentMatch: Paint;
	};
};

/** What a theme is made for: the terminal's colours, its Unicode, and whether it opens links. */
export type ThemeOptions = {
	readonly colorLevel: ColorLevel;
	readonly unicode: boolean;
	readonly hyperlinks: boolean;
};

const plain: Paint = (text) => text;

/**
The theme of one terminal. Its styles come from a chalk of its own, never the process-wide
one: two terminals served by one process can differ. Bold and inverse stay on without
colour, where they mark the selection.
*/
export default function createTheme({colorLevel, unicode, hyperlinks}: ThemeOptions): Theme {
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
	return color
		? {
				...common,
				paint: {
					...emphasis,
					title: chalk.bold.cyan,
					heading: chalk.bold.magenta,
					label: chalk.bold.yellow,
					marker: chalk.cyan,
					link: chalk.blue.underline,
					code: chalk.yellow,
					accent: chalk.cyan,
					muted: chalk.gray,
				},
			}
		: {
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
				},
			};
}
