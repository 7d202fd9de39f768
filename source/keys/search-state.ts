import type {Command, Layer} from './key-table.js';
import {deleteCharacter, deleteWord, typeInto} from './query-edit.js';
import type {Context, Found, Place, Search, State} from './state-types.js';

/** A search, just opened: the query line, empty. */
const openSearch: Search = {query: '', typing: true};

/** Which layer of keys a search puts over the focus, if any. */
export const searchLayer = (search: Search | undefined): Layer | undefined =>
	search === undefined ? undefined : search.typing ? 'typing' : 'found';

const compare = (a: Place, b: Place) => a.entry - b.entry || a.line - b.line || a.column - b.column;

/**
The state showing the match at `place`: its entry selected, the panel focused, and scrolled
where it shows the match, from the top of the entry where it can, a little above the match
where it cannot.
*/
function goTo(state: State, search: Search, place: Place, page: number, found: Found): State {
	const lines = found.lines[place.entry] ?? 0;
	const from = place.entry === state.selected ? state.scroll : 0;
	const shown = place.line >= from && place.line < from + page;
	const scroll = shown
		? from
		: Math.min(Math.max(0, lines - page), Math.max(0, place.line - Math.floor((page - 1) / 3)));
	return {...state, selected: place.entry, focus: 'panel', scroll, search: {...search, typing: false, at: place}};
}

// Where n and N count from: the match last gone to, while its entry is the one shown; else the top of what is shown.
function reference(state: State, search: Search): Place {
	return search.at?.entry === state.selected ? search.at : {entry: state.selected, line: state.scroll, column: -1};
}

// The query after a key of its line; undefined for a key that is not one.
function edited(query: string, command: Command): string | undefined {
	const edits: Partial<Record<Command, (query: string) => string>> = {
		deleteCharacter,
		deleteWord,
		clearQuery: () => '',
	};
	return edits[command]?.(query);
}

/** The state after text typed into the query line (or pasted there); elsewhere, none. */
export function typeText(state: State, text: string): State {
	const {search} = state;
	return search?.typing ? {...state, search: {...search, query: typeInto(search.query, text)}} : state;
}

/** The state after a command of the search, or undefined for a command that is not one. */
export default function reduceSearch(state: State, command: Command, context: Context): State | undefined {
	const {search} = state;
	const found = () => context.found?.() ?? {places: [], lines: []};
	switch (command) {
		case 'search': {
			return {...state, search: openSearch};
		}

		case 'closeSearch': {
			return {...state, search: undefined};
		}

		case 'find': {
			if (search === undefined || search.query.trim() === '') {
				return {...state, search: undefined};
			}

			// From the top of the entry shown, on through the résumé and round.
			const top = {entry: state.selected, line: 0, column: 0};
			const matches = found();
			const first = matches.places.find((place) => compare(place, top) >= 0) ?? matches.places[0];
			return first ? goTo(state, search, first, context.page, matches) : state;
		}

		case 'nextMatch':
		case 'previousMatch': {
			const matches = search === undefined || search.typing ? undefined : found();
			const places = matches?.places ?? [];
			if (search === undefined || matches === undefined || places.length === 0) {
				return state;
			}

			const from = reference(state, search);
			const place =
				command === 'nextMatch'
					? (places.find((each) => compare(each, from) > 0) ?? places[0]!)
					: (places.findLast((each) => compare(each, from) < 0) ?? places.at(-1)!);
			return goTo(state, search, place, context.page, matches);
		}

		default: {
			const query = search === undefined ? undefined : edited(search.query, command);
			return query === undefined || search === undefined ? undefined : {...state, search: {...search, query}};
		}
	}
}
