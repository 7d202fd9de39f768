import type {InputEvent} from '../terminal/input-event.js';
import {lookup} from './keys.js';
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

/**
What one event from the terminal does. A paste is never keys. The help screen takes the
panel's keys (see reduce). On the too-small screen (`view` undefined) only quitting and
suspending act: nothing changes unseen.
*/
export default function handleKey(state: State, event: InputEvent, view: View): Outcome {
	const unchanged = {kind: 'state', state} as const;
	if (event.kind !== 'key') {
		return unchanged;
	}

	const command = lookup(event.name, state.help ? 'panel' : state.focus)?.command;
	// q closes the help screen, but on the too-small screen, where the help cannot be seen, it quits.
	if (command === 'interrupt' || (command === 'quit' && (!state.help || view === undefined))) {
		return {kind: 'exit', code: exitCodes[command]};
	}

	if (command === 'suspend') {
		return {kind: 'suspend'};
	}

	if (command === 'copy' && view !== undefined) {
		return {kind: 'copy'};
	}

	return view === undefined ? unchanged : {kind: 'state', state: reduce(state, command, {...view, input: event.name})};
}
