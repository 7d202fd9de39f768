import ansiEscapes from 'ansi-escapes';
import chalk from 'chalk';
import glyphsFor, {type Glyphs} from './glyphs.js';

type Paint = (text: string) => string;

/** Colours and marks by role. Components and renderers use these tokens, never colour names or glyphs. */
export type Theme = {
	/** Box lines and marks: Unicode, or ASCII for terminals without it. */
	readonly glyphs: Glyphs;
	/** Whether colour is on; without it, emphasis comes from bold and inverse alone. */
	readonly color: boolean;
	/** Ink colour of the focused frame, the highlight and the name; undefined without colour. */
	readonly accent: string | undefined;
	/** Ink colour of secondary text and unfocused frames; undefined without colour. */
	readonly muted: string | undefined;
	/** The text as a link to `url` where the terminal opens links (OSC 8); elsewhere the text alone. */
	readonly hyperlink: (text: string, url: string) => string;
	/** Painters for text rendered to strings (panel and coloured plain output). */
	readonly paint: {
		readonly title: Paint;
		readonly heading: Paint;
		readonly label: Paint;
		readonly marker: Paint;
		readonly muted: Paint;
		readonly link: Paint;
		readonly code: Paint;
		readonly strong: Paint;
		readonly em: Paint;
		readonly del: Paint;
	};
};

const plain: Paint = (text) => text;

/** The theme for a terminal with or without colour, good Unicode, and hyperlinks. */
export default function createTheme(color: boolean, asciiOnly = false, hyperlinks = false): Theme {
	const glyphs = glyphsFor(asciiOnly);
	const hyperlink = hyperlinks ? (text: string, url: string) => ansiEscapes.link(text, url) : plain;
	return color
		? {
				glyphs,
				color,
				hyperlink,
				accent: 'cyan',
				muted: 'gray',
				paint: {
					title: chalk.bold.cyan,
					heading: chalk.bold.magenta,
					label: chalk.bold.yellow,
					marker: chalk.cyan,
					muted: chalk.gray,
					link: chalk.blue.underline,
					code: chalk.yellow,
					strong: chalk.bold,
					em: chalk.italic,
					del: chalk.strikethrough,
				},
			}
		: {
				glyphs,
				color,
				hyperlink,
				accent: undefined,
				muted: undefined,
				paint: {
					title: chalk.bold,
					heading: chalk.bold,
					label: chalk.bold,
					marker: plain,
					muted: plain,
					link: chalk.underline,
					code: plain,
					strong: chalk.bold,
					em: chalk.italic,
					del: chalk.strikethrough,
				},
			};
}
