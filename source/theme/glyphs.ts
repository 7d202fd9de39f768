/** The lines a frame is drawn with: corners and edges. */
type FrameLines = {
	readonly top: readonly [string, string, string];
	readonly bottom: readonly [string, string, string];
	readonly side: string;
};

const lines = (top: FrameLines['top'], bottom: FrameLines['bottom'], side: string): FrameLines => ({top, bottom, side});

/** The marks of a timeline: a bar's cell, and the rule under the years with a tick at each. */
export type TimelineMarks = {
	readonly bar: string;
	readonly rule: string;
	readonly tick: string;
	/** The rule's two ends. */
	readonly ends: readonly [string, string];
};

/** The marks the interface draws with, in Unicode or in ASCII. */
export type Glyphs = {
	readonly focused: FrameLines;
	readonly blurred: FrameLines;
	readonly ellipsis: string;
	readonly timeline: TimelineMarks;
	/** Interface text with its marks (arrows, dashes, bullets) as this terminal can show them. */
	readonly text: (text: string) => string;
};

const unicode: Glyphs = {
	focused: lines(['┏', '━', '┓'], ['┗', '━', '┛'], '┃'),
	blurred: lines(['╭', '─', '╮'], ['╰', '─', '╯'], '│'),
	ellipsis: '…',
	timeline: {bar: '█', rule: '─', tick: '┬', ends: ['├', '┤']},
	text: (text) => text,
};

// Longest first: `↑↓` is one hint, not two arrows.
const spelt: ReadonlyArray<readonly [string, string]> = [
	['↑↓', 'Up/Down'],
	['↑', 'Up'],
	['↓', 'Down'],
	['←', 'Left'],
	['→', 'Right'],
	['⏎', 'Enter'],
	['–', '-'],
	['·', '-'],
	['…', '...'],
	['•', '*'],
	['›', '>'],
	['×', 'x'],
];

const ascii: Glyphs = {
	focused: lines(['#', '=', '#'], ['#', '=', '#'], '#'),
	blurred: lines(['+', '-', '+'], ['+', '-', '+'], '|'),
	ellipsis: '...',
	timeline: {bar: '#', rule: '-', tick: '+', ends: ['+', '+']},
	text: (text) => spelt.reduce((result, [mark, word]) => result.replaceAll(mark, word), text),
};

/** The glyphs for a terminal with good Unicode, or for one without (`--ascii`, the Linux console, old Windows consoles). */
export default function glyphsFor({unicode: good}: {readonly unicode: boolean}): Glyphs {
	return good ? unicode : ascii;
}
