import {type Language, otherLanguage} from '../model/language.js';
import clamp from './clamp.js';
import type {Command, Focus} from './keys.js';

/** What the user is looking at: the entry, where the keys go, how far the panel is scrolled, in which language. */
export type State = {
	readonly selected: number;
	readonly focus: Focus;
	readonly scroll: number;
	readonly language: Language;
	/** Whether the help screen is open; any key closes it. */
	readonly help: boolean;
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
};

/** Where the app starts: the first entry, or the one asked for, in the language asked for. */
export const initialState = (language: Language, selected = 0): State => ({
	selected,
	focus: 'menu',
	scroll: 0,
	language,
	help: false,
});

/**
The state after a key: its command, or undefined for a key that has none. Any key closes
the help screen, and does nothing else. Quitting and suspending are left to the caller.
*/
export default function reduce(state: State, command: Command | undefined, context: Context): State {
	if (state.help) {
		return {...state, help: false};
	}

	if (command === undefined) {
		return state;
	}

	const maxScroll = Math.max(0, context.lines - context.page);
	const select = (index: number): State => {
		const selected = clamp(index, 0, context.entries - 1);
		return selected === state.selected ? state : {...state, selected, scroll: 0};
	};

	const scroll = Math.min(state.scroll, maxScroll);
	const scrollTo = (row: number): State => ({...state, scroll: clamp(row, 0, maxScroll)});
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

		case 'lineUp': {
			return scrollTo(scroll - 1);
		}

		case 'lineDown': {
			return scrollTo(scroll + 1);
		}

		case 'pageUp': {
			return scrollTo(scroll - Math.max(1, context.page - 1));
		}

		case 'pageDown': {
			return scrollTo(scroll + Math.max(1, context.page - 1));
		}

		case 'top': {
			return scrollTo(0);
		}

		case 'bottom': {
			return scrollTo(maxScroll);
		}

		// The same entry and the same line: the other language has the same entries.
		case 'language': {
			return {...state, language: otherLanguage(state.language)};
		}

		case 'help': {
			return {...state, help: true};
		}

		case 'quit':
		case 'interrupt':
		case 'suspend': {
			return state;
		}
	}
}
