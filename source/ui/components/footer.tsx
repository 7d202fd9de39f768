import {Text} from 'ink';
import type {Focus, Hint} from '../../keys/key-table.js';
import {jumpRange} from '../../keys/labels.js';
import {hints} from '../../keys/lookup.js';
import type {Strings} from '../../strings/index.js';
import stringWidth from '../../text/string-width.js';
import truncate from '../../text/truncate.js';
import type {Theme} from '../../theme/theme.js';
import fitHints, {type ShownHint} from '../layout/fit-hints.js';
import fitQuery, {queryTail} from '../layout/query-line.js';
import type {FooterSearch} from '../search/view.js';

/** Props of the Footer. */
export type FooterProps = {
	readonly focus: Focus;
	/** When the help screen is open: whether it scrolls. The footer then says how to scroll and close it. */
	readonly help?: {readonly scrolls: boolean} | undefined;
	/** A search, while it is typed (the footer is its query line) or shown. */
	readonly search?: FooterSearch | undefined;
	/** Entries in the menu: the jump keys go as far. */
	readonly entries: number;
	/** What the footer says in place of the keys, if anything: for a moment (a copy), or until the app ends (a server about to restart). */
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

/**
The keys that work where the focus is, from the key table, in the interface's language.
While a search is typed, its query line: the query, a cursor, how many matches, its keys.
A notice takes the place of all of it.
*/
export default function Footer({focus, help, search, entries, notice, strings, width, theme}: FooterProps) {
	const {paint, glyphs} = theme;
	if (notice !== undefined) {
		return <Text>{paint.accent(truncate(` ${glyphs.text(notice)}`, width, glyphs.ellipsis))}</Text>;
	}

	const layer = help ? undefined : search?.layer;
	const shown: ShownHint[] = (help ? helpHints(help.scrolls) : hints(focus, layer)).map((hint) => ({
		keys: glyphs.text(hint.keys === 'jump-range' ? jumpRange(entries) : hint.keys),
		action: glyphs.text(strings.actions[hint.action]),
		rank: hint.rank,
	}));
	const line = (fitted: readonly ShownHint[], first: string) =>
		fitted
			.map(({keys, action}, index) => `${index === 0 ? first : '  '}${paint.bold(keys)}${paint.muted(` ${action}`)}`)
			.join('');
	if (!layer || !search) {
		return <Text wrap="truncate">{line(fitHints(shown, width), ' ')}</Text>;
	}

	const count = strings.search.matches(search.count);
	if (layer === 'typing') {
		// An empty or blank query has no count: it is not a search for nothing.
		const note = search.query.trim() === '' ? '' : `  ${count}`;
		const {query, rest} = fitQuery(search.query, note, width, glyphs.ellipsis);
		const after =
			rest >= stringWidth(note) ? paint.muted(note) + line(fitHints(shown, rest - stringWidth(note)), '  ') : '';
		return <Text wrap="truncate">{` ${paint.bold('/')}${query}${paint.inverse(' ')}${after}`}</Text>;
	}

	// The query, and where the match shown is among all of them, before the keys.
	const where = search.index === undefined ? count : strings.search.position(search.index, search.count);
	const status = ` /${queryTail(search.query, Math.max(1, Math.floor(width / 3)), glyphs.ellipsis)} ${where}`;
	return <Text wrap="truncate">{paint.accent(status) + line(fitHints(shown, width - stringWidth(status)), '  ')}</Text>;
}
