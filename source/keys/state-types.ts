import type {Language} from '../model/language.js';
import type {Focus} from './key-table.js';

// The state's types apart from its reducers: the search's reducer and the main one each
// need the other's types, and the main one calls the search's.

/** Where a match starts: its entry, and the line and column of the entry's text. */
export type Place = {readonly entry: number; readonly line: number; readonly column: number};

/** A search: its query, whether its line still takes the keys typed, and the match last gone to. */
export type Search = {
	readonly query: string;
	readonly typing: boolean;
	readonly at?: Place | undefined;
};

/** What the search's keys need to know: where each match of the query is, in reading order, and the lines of each entry. */
export type Found = {readonly places: readonly Place[]; readonly lines: readonly number[]};

/** What the user is looking at: the entry, where the keys go, how far the panel is scrolled, in which language. */
export type State = {
	readonly selected: number;
	readonly focus: Focus;
	readonly scroll: number;
	readonly language: Language;
	/** Whether the help screen is open. */
	readonly help: boolean;
	/** How far the help screen is scrolled. */
	readonly helpScroll: number;
	/** The search, while its query is typed and once it has run, until it is closed. */
	readonly search: Search | undefined;
};

/** What a command needs to know about the screen. */
export type Context = {
	/** The key typed, for `jump`. */
	readonly input: string;
	readonly entries: number;
	/** Rows of text the panel shows at once. */
	readonly page: number;
	/** Lines of text in the panel. */
	readonly lines: number;
	/** Lines of the help screen, and how many it shows at once. */
	readonly help: {readonly lines: number; readonly page: number};
	/** The matches of the search's query, for its keys: found only when a key needs them (not for each key typed). */
	readonly found?: () => Found;
};
