import {Text} from 'ink';
import type {Strings} from '../../strings/index.js';
import truncate from '../../text/truncate.js';
import type {Theme} from '../../theme/theme.js';
import fitHints, {type ShownHint} from '../fit-hints.js';
import {jumpRange} from '../key-labels.js';
import {type Focus, type Hint, hints} from '../keys.js';

/** Props of the Footer. */
export type FooterProps = {
	readonly focus: Focus;
	/** When the help screen is open: whether it scrolls. The footer then says how to scroll and close it. */
	readonly help?: {readonly scrolls: boolean} | undefined;
	/** Entries in the menu: the jump keys go as far. */
	readonly entries: number;
	/** What the footer says for a moment in place of the keys, if anything. */
	readonly notice?: string | undefined;
	readonly strings: Strings;
	readonly width: number;
	readonly theme: Theme;
};

// The help screen scrolls with the panel's keys and closes with Esc, ? or q.
const helpHints = (scrolls: boolean): Hint[] => [
	...(scrolls ? hints('panel').filter((hint) => hint.action === 'scroll' || hint.action === 'page') : []),
	{keys: 'Esc ? q', action: 'close', rank: 0},
];

/** The keys that work where the focus is, from the key table, in the interface's language. */
export default function Footer({focus, help, entries, notice, strings, width, theme}: FooterProps) {
	const {paint, glyphs} = theme;
	if (notice !== undefined) {
		return <Text>{paint.accent(truncate(` ${glyphs.text(notice)}`, width, glyphs.ellipsis))}</Text>;
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
