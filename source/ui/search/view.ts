import type {Layer} from '../../keys/key-table.js';
import type {State} from '../../keys/state.js';
import type {Place} from '../../keys/state-types.js';
import type {Language} from '../../model/language.js';
import type {Theme} from '../../theme/theme.js';
import highlight from './highlight.js';
import type {Results} from './results.js';

/** What the footer says of a search: its query, where its keys go, and how many matches (and which one is shown). */
export type FooterSearch = {
	readonly query: string;
	readonly layer: Layer;
	readonly count: number;
	/** The match gone to, from 1, if it is one of this query's. */
	readonly index?: number | undefined;
};

/** What a search changes on the screen: the panel's lines, the menu's counts, the footer's words. */
type SearchView = {
	readonly lines: readonly string[];
	readonly counts?: readonly number[] | undefined;
	readonly footer?: FooterSearch | undefined;
};

const same = (a: Place | undefined, b: Place) => a?.line === b.line && a.column === b.column && a.entry === b.entry;

/**
The screen's share of a search: the selected entry's `lines` with its matches marked, once
the search has run (while it is typed, the menu counts them); the match gone to marked
apart.
*/
export default function searchView(
	state: State,
	lines: readonly string[],
	resultsOf: (language: Language, query: string) => Results,
	{paint}: Theme,
): SearchView {
	const {search, selected} = state;
	if (search === undefined) {
		return {lines};
	}

	const {matches, found} = resultsOf(state.language, search.query);
	const marked = search.typing ? [] : (matches[selected] ?? []);
	const current = marked.findIndex((match) => same(search.at, {entry: selected, ...match}));
	const index = found.places.findIndex((place) => same(search.at, place));
	return {
		lines: highlight(lines, marked, current < 0 ? undefined : current, {
			match: paint.match,
			current: paint.currentMatch,
		}),
		counts: matches.map((each) => each.length),
		footer: {
			query: search.query,
			layer: search.typing ? 'typing' : 'found',
			count: found.places.length,
			index: index < 0 ? undefined : index + 1,
		},
	};
}
