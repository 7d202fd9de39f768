import type {InputEvent} from '../keys/input-event.js';
import type {KeyListener, KeySource} from './key-feed.js';

// Keys held at most before anyone listens: a person types a few before the first frame.
const maxHeld = 64;

/**
The keys of `source` for a view that starts listening later: those that come before its
first listener (typed while the app waits for the terminal to say its background, with
nothing drawn yet, as over a slow SSH link) are held, `maxHeld` at most, and handed to that
listener first, in order. Reports, the terminal's answers, are for whoever asked: never held.
*/
export default function heldKeys(source: KeySource): KeySource {
	let held: InputEvent[] | undefined = [];
	const listeners = new Set<KeyListener>();
	source.subscribe((event) => {
		if (held === undefined) {
			for (const listener of listeners) {
				listener(event);
			}
		} else if (event.kind !== 'report' && held.length < maxHeld) {
			held.push(event);
		}
	});
	return {
		subscribe(listener) {
			listeners.add(listener);
			const waiting = held ?? [];
			held = undefined;
			for (const event of waiting) {
				listener(event);
			}

			return () => {
				listeners.delete(listener);
			};
		},
	};
}
