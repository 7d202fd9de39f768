import type {Driver} from './steps.js';

// The help's title, in either language: the one thing `?` is sure to show.
const help = /━ (按键|Keys) ━/;

/**
Presses `keys`, then a barrier whose effect is known: `?` opens the help, Esc closes it.
Keys are taken in order, so once the help has come and gone every key before it has been
taken and drawn: the screen returned is what `keys` left, with no wait on a quiet moment.
Not for where `?` is typed (a search's query) or already open (the help); `keys` must not
end in Esc, which a `?` right after would make Alt+?.
*/
export default async function afterKeys(driver: Driver, ...keys: string[]): Promise<string> {
	if (keys.at(-1) === 'escape') {
		throw new Error('a barrier after Esc would be read as Alt+?');
	}

	driver.press(...keys, '?');
	await driver.waitFor((text) => help.test(text), undefined, 'the help (the barrier) to open');
	driver.press('escape');
	return driver.waitFor((text) => !help.test(text), undefined, 'the help (the barrier) to close');
}
