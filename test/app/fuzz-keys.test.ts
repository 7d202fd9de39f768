import assert from 'node:assert/strict';
import {test} from 'node:test';
import handleKey, {type Outcome, type View} from '../../source/keys/handle-key.js';
import type {InputEvent} from '../../source/keys/input-event.js';
import {bindings} from '../../source/keys/key-table.js';
import {initialState, type State} from '../../source/keys/state.js';
import InputParser from '../../source/terminal/parse-input.js';
import runApp from '../../source/ui/session/run-app.js';
import {knownKeys, reports} from '../support/key-sequences.js';
import {fixtureApp} from '../support/memory-app.js';
import MemoryTerminal from '../support/memory-terminal.js';
import {randomStream, seededRandom} from '../support/random-bytes.js';
import {frameText} from '../support/screen.js';
import {waitForScreen} from '../support/screen-waits.js';

// The seed and count are in the closing note of the change that made this test.
const seed = 20_261_126;
const streams = 10_000;

function parse(stream: Uint8Array): InputEvent[] {
	const events: InputEvent[] = [];
	const parser = new InputParser((event) => events.push(event));
	parser.feed(stream);
	parser.flush();
	parser.close();
	return events;
}

/** Every key name of the key table: the listed keys. */
const listed = new Set(bindings.flatMap((binding) => binding.keys));
const view: View = {entries: 7, page: 9, lines: 20, help: {lines: 25, page: 10}};

// The events one after another from the first screen, up to the first that ends or suspends the app.
function play(events: readonly InputEvent[]): {state: State; end?: Outcome} {
	let state = initialState('zh');
	for (const event of events) {
		const outcome = handleKey(state, event, view);
		if (outcome.kind !== 'state') {
			return {state, end: outcome};
		}

		state = outcome.state;
	}

	return {state};
}

// A key of the table, or something a search's query line takes: a character, a space, a paste.
const matters = (event: InputEvent) =>
	event.kind === 'paste' ||
	(event.kind === 'key' && (listed.has(event.name) || event.name === 'space' || Array.from(event.name).length === 1));

test(`every known key sequence and report, and ${streams} seeded random streams (seed ${seed}): nothing but a listed key, or what a search's query takes, changes what the app shows or ends it`, () => {
	const random = seededRandom(seed);
	const known = [...knownKeys.map(({bytes}) => Buffer.from(bytes)), ...reports.map(([, bytes]) => Buffer.from(bytes))];
	const all = [...known, ...Array.from({length: streams}, () => randomStream(random))];
	for (const [index, stream] of all.entries()) {
		const events = parse(stream);
		const played = play(events);
		assert.deepEqual(
			played,
			play(events.filter((event) => matters(event))),
			`stream ${index}: ${stream.toString('hex')}`,
		);
		if (played.end?.kind === 'exit') {
			assert.ok(
				events.some((event) => event.kind === 'key' && (event.name === 'q' || event.name === 'ctrl-c')),
				`stream ${index} ended the app without q or Ctrl+C`,
			);
		}
	}
});

test('the app itself under 300 seeded random streams: it never throws, never quits, and every frame stays whole', async () => {
	const random = seededRandom(seed + 2);
	const terminal = new MemoryTerminal({columns: 80, rows: 24});
	const app = runApp(fixtureApp, terminal.session);
	let ended = false;
	void app.exited.finally(() => {
		ended = true;
	});
	try {
		await terminal.waitForText('› 1 个人资料');
		for (let index = 0; index < 300; index++) {
			const stream = randomStream(random);
			// Streams that hold a key that quits or suspends would end the test, not the app's fault.
			if (parse(stream).some((event) => event.kind === 'key' && ['q', 'ctrl-c', 'ctrl-z'].includes(event.name))) {
				continue;
			}

			const at = Math.floor(random() * stream.length);
			terminal.press(stream.subarray(0, at));
			terminal.press(stream.subarray(at));
			if (index % 50 === 49) {
				// Whatever frame is on the screen once a whole one is: each must be whole, at any moment.
				const screen = await waitForScreen(terminal.screen, () => true);
				assert.equal(ended, false, `the app ended after stream ${index}`);
				assert.deepEqual(
					terminal.screen.frames().flatMap((frame) => frame.faults),
					[],
					frameText(screen),
				);
				assert.deepEqual(terminal.screen.overwideRows(), []);
			}
		}

		// Back to a known screen, whatever the streams left: a control string, a paste or a
		// sequence ended; then Esc, alone in its read, for each layer that may be open (the help,
		// a search, the panel). The menu's footer, in either language, says they were taken.
		terminal.press('\u0007\u001B\\\u001B[201~');
		terminal.press('\u001B\u001B\u001B\u001B');
		const menuFooter = (screen: string) => /^ ↑↓ (移动|move) /.test(screen.split('\n').at(-1)!);
		await waitForScreen(terminal.screen, menuFooter, {what: 'the menu'});
		terminal.press('?');
		await terminal.waitForText('Esc ? q');
		// q closes the help, and the next q quits.
		terminal.press('q');
		await waitForScreen(terminal.screen, menuFooter, {what: 'the help to close'});
		terminal.press('q');
		assert.equal(await app.exited, 0);
	} finally {
		app.stop(1);
		terminal.dispose();
	}
});
