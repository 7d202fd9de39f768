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
