import {availableParallelism} from 'node:os';

/**
How many sessions a test file runs at once: one per core. Each is a pty, a reporter and a
Node process drawing frames; more than the cores only makes every frame late.
*/
const ptySlots = availableParallelism();

let free = ptySlots;
const waiting: Array<() => void> = [];

/** Runs `body` once a slot is free, and frees it after, whatever `body` does. */
export async function inSlot<T>(body: () => Promise<T>): Promise<T> {
	if (free > 0) {
		free--;
	} else {
		await new Promise<void>((resolve) => {
			waiting.push(resolve);
		});
	}

	try {
		return await body();
	} finally {
		// The slot passes straight to the next waiting, or is freed.
		const next = waiting.shift();
		if (next) {
			next();
		} else {
			free++;
		}
	}
}
