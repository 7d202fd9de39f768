import {Text} from 'ink';
import type {Strings} from '../../strings/index.js';
import type {Theme} from '../../theme/theme.js';
import fitHints, {type ShownHint} from '../fit-hints.js';
import {jumpRange} from '../key-labels.js';
import {type Focus, type Hint, hints} from '../keys.js';

/** A message in the footer, in the language read when it is drawn. */
export type Notice = (strings: Strings) => string;

/** Props of the Footer. */
export type FooterProps = {
	readonly focus: Focus;
	/** When the help screen is open: whether it scrolls. The footer then says how to scroll and close it. */
	readonly help?: {readonly scrolls: boolean} | undefined;
	/** Entries in the menu: the jump keys go as far. */
	readonly entries: number;
	readonly strings: Strings;
	readonly width: number;
	readonly theme: Theme;
	/** Shown instead of the keys, until the app ends. */
	readonly notice?: Notice | undefined;
};

// The help screen scrolls with the panel's keys and closes with Esc, ? or q.
const helpHints = (scrolls: boolean): Hint[] => [
	...(scrolls ? hints('panel').filter((hint) => hint.action === 'scroll' || hint.action === 'page') : []),
	{keys: 'Esc ? q', action: 'close', rank: 0},
];

/** The keys that work where the focus is, from the key table, in the interface's language. */
export default function Footer({focus, help, entries, strings, width, theme, notice}: FooterProps) {
	const {paint, glyphs} = theme;
	if (notice) {
		return <Text wrap="truncate">{` ${paint.accent(glyphs.text(notice(strings)))}`}</Text>;
	}

	const shown: ShownHint[] = (help ? helpHints(help.scrolls) : hints(focus)).map((hint) => ({
		keys: glyphs.text(hint.keys === 'jump-range' ? jumpRange(entries) : hint.keys),
		action: glyphs.text(strings.actions[hint.action]),
		rank: hint.rank,
	}));
	const line = fitHints(shown, width)
		.map(({keys, action}, index) => `${index === 0 ? ' ' : '  '}${paint.bold(keys)}${paint.muted(` ${action}`)}`)
		.join('');
	return <Text wrap="truncate">{line}</Text>;
}
