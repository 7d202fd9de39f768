import poll from './poll.js';
import {frameText, type Screen} from './screen.js';

/** How long to wait for a screen, and what to call it in a failure. */
export type WaitOptions = {readonly timeout?: number; readonly what?: string};

/** Polls until a whole frame is on the screen and `predicate` holds on its text; returns that text. */
export async function waitForScreen(
	screen: Screen,
	predicate: (text: string) => boolean,
	{timeout = 10_000, what = 'the screen to match'}: WaitOptions = {},
): Promise<string> {
	const {text} = await poll(
		async () => ({whole: await screen.whole(), text: screen.text()}),
		(now) => now.whole && predicate(now.text),
		{timeout, what, describe: (now) => frameText(now.text)},
	);
	return text;
}

/**
Waits until the screen, and `written` (a count of what was written to it), have not changed for
`quiet` ms, and returns the screen: for asserting that nothing more comes.
*/
export async function settledScreen(
	screen: Screen,
	written: () => number,
	{quiet = 100, timeout = 10_000} = {},
): Promise<string> {
	let last = '';
	let since = Date.now();
	const {text} = await poll(
		async () => {
			const whole = await screen.whole();
			const text = screen.text();
			const now = `${written()}\n${whole}\n${text}`;
			if (now !== last) {
				last = now;
				since = Date.now();
			}

			return {whole, text, quietFor: Date.now() - since};
		},
		(now) => now.whole && now.quietFor >= quiet,
		{timeout, what: `the screen to stay the same for ${quiet} ms`, describe: (now) => frameText(now.text)},
	);
	return text;
}
