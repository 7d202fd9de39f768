import {type Language, otherLanguage} from '../model/language.js';
import type {Command} from './key-table.js';
import reduceSearch from './search-state.js';
import type {Context, State} from './state-types.js';

export type {Context, State} from './state-types.js';

// `value`, or the nearer bound when it lies outside [low, high].
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Where the app starts: the first entry, or the one asked for, in the language asked for. */
export const initialState = (language: Language, selected = 0): State => ({
	selected,
	focus: 'menu',
	scroll: 0,
	language,
	help: false,
	helpScroll: 0,
	search: undefined,
});

// Where a scrolling command takes a window of `page` rows over `lines`, from `scroll`.
function scrolled(command: Command, scroll: number, lines: number, page: number): number | undefined {
	const max = Math.max(0, lines - page);
	const from = Math.min(scroll, max);
	const step = Math.max(1, page - 1);
	const targets: Partial<Record<Command, number>> = {
		lineUp: from - 1,
		lineDown: from + 1,
		pageUp: from - step,
		pageDown: from + step,
		top: 0,
		bottom: max,
	};
	const to = targets[command];
	return to === undefined ? undefined : clamp(to, 0, max);
}

// The help screen takes the panel's keys: they scroll it; back, ? and q close it; the rest do nothing.
function reduceHelp(state: State, command: Command | undefined, {help}: Context): State {
	if (command === 'back' || command === 'help' || command === 'quit') {
		return {...state, help: false, helpScroll: 0};
	}

	const helpScroll = command === undefined ? undefined : scrolled(command, state.helpScroll, help.lines, help.page);
	return helpScroll === undefined ? state : {...state, helpScroll};
}

/**
The state after a key: its command, or undefined for a key that has none. Quitting and
suspending are left to the caller.
*/
export default function reduce(state: State, command: Command | undefined, context: Context): State {
	if (state.help) {
		return reduceHelp(state, command, context);
	}

	if (command === undefined) {
		return state;
	}

	const select = (index: number): State => {
		const selected = clamp(index, 0, context.entries - 1);
		return selected === state.selected ? state : {...state, selected, scroll: 0};
	};

	const scroll = scrolled(command, state.scroll, context.lines, context.page);
	if (scroll !== undefined) {
		return {...state, scroll};
	}

	const searched = reduceSearch(state, command, context);
	if (searched !== undefined) {
		return searched;
	}

	switch (command) {
		case 'previous': {
			return select(state.selected - 1);
		}

		case 'next': {
			return select(state.selected + 1);
		}

		case 'jump': {
			const index = Number(context.input) - 1;
			return index < context.entries ? select(index) : state;
		}

		case 'open': {
			return {...state, focus: 'panel'};
		}

		case 'back': {
			return {...state, focus: 'menu'};
		}

		// The same entry and the same line: the other language has the same entries. A search
		// runs again in it; the match gone to was the other language's.
		case 'language': {
			const search = state.search && {...state.search, at: undefined};
			return {...state, language: otherLanguage(state.language), search};
		}

		case 'help': {
			return {...state, help: true};
		}

		default: {
			return state;
		}
	}
}
