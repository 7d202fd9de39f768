import {useEffect, useRef, useState} from 'react';
import type {InputEvent} from '../../keys/input-event.js';
import type {KeySource} from '../../terminal/key-feed.js';

// Calls `handler` with each key and paste of `keys`, the handler of the latest render.
function useKeys(keys: KeySource, handler: (event: InputEvent) => void): void {
	const latest = useRef(handler);
	latest.current = handler;
	useEffect(() => keys.subscribe((event) => latest.current(event)), [keys]);
}

/**
The state the keys of `keys` leave, from `initial`. Each event applies at once, in order, to
the state the one before it left (`apply`, which does the event's outcomes: an exit, a
copy); the state is drawn once a tick, however many events came in it. A burst (a paste
where the terminal does not mark pastes, a key held down over a slow link, a read of
thousands of keys) costs one frame, not one a key. `apply` returns 'ended' where the app
ends: the events after it are not taken. `commit` draws what is pending at once: before
the terminal is given up (Ctrl+Z), no frame may be left to come.
*/
export default function useKeyState<S>(
	initial: S,
	keys: KeySource,
	apply: (state: S, event: InputEvent, commit: () => void) => S | 'ended',
): S {
	const [state, setState] = useState(initial);
	const latest = useRef(state);
	const ended = useRef(false);
	const pending = useRef<NodeJS.Immediate | undefined>(undefined);
	const commit = () => {
		clearImmediate(pending.current);
		pending.current = undefined;
		setState(latest.current);
	};

	useEffect(() => () => clearImmediate(pending.current), []);
	useKeys(keys, (event) => {
		if (ended.current) {
			return;
		}

		const next = apply(latest.current, event, commit);
		if (next === 'ended') {
			ended.current = true;
			clearImmediate(pending.current);
			return;
		}

		if (next !== latest.current) {
			latest.current = next;
			pending.current ??= setImmediate(commit);
		}
	});
	return state;
}
