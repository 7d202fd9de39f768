import {useEffect, useRef} from 'react';
import type {InputEvent} from '../terminal/input-event.js';
import type {KeySource} from '../terminal/key-feed.js';

/** Calls `handler` with each key and paste of `keys`, the handler of the latest render. */
export default function useKeys(keys: KeySource, handler: (event: InputEvent) => void): void {
	const latest = useRef(handler);
	latest.current = handler;
	useEffect(() => keys.subscribe((event) => latest.current(event)), [keys]);
}
