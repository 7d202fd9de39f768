import {controlSequences} from '../support/byte-stream.js';
import type {Session} from './harness.js';

/** Each clear of the screen in `bytes`: whether it was inside a synchronized update. */
export function clears(bytes: string): boolean[] {
	let synchronized = false;
	const found: boolean[] = [];
	for (const {prefix, params, final} of controlSequences(bytes)) {
		if (prefix === '?' && params === '2026') {
			synchronized = final === 'h';
		} else if (prefix === '' && final === 'J') {
			found.push(synchronized);
		}
	}

	return found;
}

/** Resizes the terminal and waits for the app's redraw at the new size: the clear that starts it, and a whole frame after. */
export async function resizeDrawn(session: Session, cols: number, rows: number): Promise<string> {
	const before = clears(session.output()).length;
	await session.resize(cols, rows);
	return session.waitFor(() => clears(session.output()).length > before, 10_000, `the redraw at ${cols}×${rows}`);
}
