/** A key, and what shows once the app has taken it: text on the screen, or a test of the screen. */
export type Step = readonly [key: string, shows: string | ((text: string) => boolean)];

/** What steps are played on: the CLI in a pseudo-terminal, or the app drawn in memory. */
export type Driver = {
	/** Sends the bytes of key names from the key table. */
	press(...names: string[]): void;
	/** Waits until the screen's text passes `predicate`, and returns it. */
	waitFor(predicate: (text: string) => boolean, timeout?: number, what?: string): Promise<string>;
};

/** Presses each step's key and waits for what it shows before the next; returns the last screen ('' for no steps). */
export async function play(driver: Driver, steps: readonly Step[]): Promise<string> {
	let screen = '';
	for (const [key, shows] of steps) {
		driver.press(key);
		screen =
			typeof shows === 'string'
				? await driver.waitFor((text) => text.includes(shows), undefined, JSON.stringify(shows))
				: await driver.waitFor(shows, undefined, `${key} to show`);
	}

	return screen;
}
