import {setTimeout as sleep} from 'node:timers/promises';
import {inspect} from 'node:util';

/** How long to poll, how often, and how to name what is awaited in a failure. */
export type PollOptions<T> = {
	/** Milliseconds before giving up. */
	readonly timeout?: number;
	/** Milliseconds between two probes. */
	readonly interval?: number;
	/** What is awaited, for the failure message: `the screen to show "› 2"`. */
	readonly what?: string;
	/** The last value as the failure message shows it; `util.inspect` by default. */
	readonly describe?: (value: T) => string;
};

/**
Probes until `accept` takes a value, and returns that value; after `timeout` ms throws with
the last value probed. The one waiting loop of the tests: a frame, a screen, a whole
screen and a terminal mode are all waited for with it.
*/
export default async function poll<T>(
	probe: () => T | Promise<T>,
	accept: (value: T) => boolean,
	{
		timeout = 10_000,
		interval = 10,
		what = 'a value to be accepted',
		describe = (value) => inspect(value),
	}: PollOptions<T> = {},
): Promise<T> {
	const started = Date.now();
	for (;;) {
		const value = await probe();
		if (accept(value)) {
			return value;
		}

		if (Date.now() - started > timeout) {
			throw new Error(`timed out after ${timeout} ms waiting for ${what}; the last value:\n${describe(value)}`);
		}

		await sleep(interval);
	}
}
