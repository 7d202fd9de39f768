import type {InputEvent} from './input-event.js';
import {lookup} from './lookup.js';
import {searchLayer, typeText} from './search-state.js';
import reduce, {type Context, type State} from './state.js';

/** The exit status each way out gives; Ctrl+C reports an interrupt, as the shell would. */
export const exitCodes = {quit: 0, interrupt: 130} as const;

/** What a key comes to: the state after it, the end of the app with a status, a suspend, or a copy. */
export type Outcome =
	| {readonly kind: 'state'; readonly state: State}
	| {readonly kind: 'exit'; readonly code: number}
	| {readonly kind: 'suspend'}
	| {readonly kind: 'copy'};

/** What the screen shows, for a key to act on: nothing on the too-small screen; else the sizes a command needs. */
export type View = Omit<Context, 'input'> | undefined;

// What a key types into a query line: a character, or a space; a named key (`up`, `alt-x`) types nothing.
const typed = (name: string): string | undefined =>
	name === 'space' ? ' ' : Array.from(name).length === 1 ? name : undefined;

/**
What one event from the terminal does. A paste is never keys: it goes into a query being
typed, and nowhere else. The help screen takes the panel's keys (see reduce); a search's
query line takes every key but those that work always. On the too-small screen (`view`
undefined) only quitting and suspending act: nothing changes unseen.
*/
export default function handleKey(state: State, event: InputEvent, view: View): Outcome {
	const unchanged = {kind: 'state', state} as const;
	const layer = state.help ? undefined : searchLayer(state.search);
	if (event.kind === 'paste') {
		return view !== undefined && layer === 'typing' ? {kind: 'state', state: typeText(state, event.text)} : unchanged;
	}

	if (event.kind !== 'key') {
		return unchanged;
	}

	const command = lookup(event.name, state.help ? 'panel' : state.focus, layer)?.command;
	// q closes the help screen, but on the too-small screen, where the help cannot be seen, it quits.
	if (command === 'interrupt' || (command === 'quit' && (!state.help || view === undefined))) {
		return {kind: 'exit', code: exitCodes[command]};
	}

	if (command === 'suspend') {
		return {kind: 'suspend'};
	}

	if (view === undefined) {
		return unchanged;
	}

	if (command === 'copy') {
		return {kind: 'copy'};
	}

	const text = layer === 'typing' && command === undefined ? typed(event.name) : undefined;
	return {
		kind: 'state',
		state: text === undefined ? reduce(state, command, {...view, input: event.name}) : typeText(state, text),
	};
}
