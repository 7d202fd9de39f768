import type {Writable} from 'node:stream';
import {backgroundOf} from '../theme/background.js';
import type {Background} from '../theme/palette.js';
import type {KeySource} from './key-feed.js';
import passthrough from './passthrough.js';
import type {Multiplexer} from './session.js';

const backgroundQuery = '\u001B]11;?\u0007';
const attributesQuery = '\u001B[c';

/**
The bytes that ask a terminal for its background (OSC 11), then for its device attributes
(DA1), which every terminal answers, in order: an answer to the second with none to the
first before it means no answer is coming. screen passes OSC 11 on but answers DA1 itself,
so that one goes through its passthrough; tmux 3.4 and later answer OSC 11 themselves (with
the colours of the terminal outside), older ones only through the passthrough, and tmux
keeps every DA1 answer to itself: there the wait ends with the timeout.
*/
export function backgroundQueries(multiplexer: Multiplexer): string {
	switch (multiplexer) {
		case 'tmux': {
			return backgroundQuery + passthrough(backgroundQuery, 'tmux');
		}

		case 'screen': {
			return backgroundQuery + passthrough(attributesQuery, 'screen');
		}

		case 'none': {
			return backgroundQuery + attributesQuery;
		}
	}
}

/**
Asks the terminal on `output` for its background, and listens for the answer among `keys`:
resolves with it, or with undefined once the terminal has said it will not answer or `wait`
ms have passed. An answer that comes later is a report like any other: never a key.
*/
export default function askBackground(
	output: Writable,
	keys: KeySource,
	multiplexer: Multiplexer,
	wait: number,
): Promise<Background | undefined> {
	return new Promise((resolve) => {
		let answered = false;
		const done = (background: Background | undefined) => {
			if (!answered) {
				answered = true;
				clearTimeout(timer);
				stop();
				resolve(background);
			}
		};

		const stop = keys.subscribe((event) => {
			if (event.kind === 'report') {
				done(event.report.kind === 'background' ? backgroundOf(event.report.rgb) : undefined);
			}
		});
		// The wait is the terminal's, not the app's: when the timer fires after the app was busy
		// (starting, on a loaded machine), an answer that came meanwhile is read first. Timers run
		// before the loop reads its input; setImmediate runs after.
		const timer = setTimeout(() => setImmediate(() => done(undefined)), wait);
		output.write(backgroundQueries(multiplexer));
	});
}
