import assert from 'node:assert/strict';
import {join} from 'node:path';
import {describe, test} from 'node:test';
import {colourSequences, controlSequences, modesLeftChanged} from '../support/byte-stream.js';
import {root} from '../support/cli-env.js';
import poll from '../support/poll.js';
import {withSession} from './harness.js';

// The checks the other tests rely on, shown to fail on screens that are wrong.
const draw = join(root, 'test', 'e2e', 'fixtures', 'draw.mjs');
const drawn = (mode: string) => ({cols: 20, rows: 6, script: draw, args: [mode]});

describe('the harness reads the screen right, and notices', {concurrency: true}, () => {
	test('a frame taller than the terminal: lines scroll', async () => {
		await withSession(drawn('tall'), async (session) => {
			assert.equal((await session.exit).exitCode, 0);
			assert.equal(session.scrolled(), 2);
			assert.equal(session.screen()[0], 'line 3');
		});
	});

	test('a row wider than the terminal: it wraps', async () => {
		await withSession(drawn('wide'), async (session) => {
			await session.exit;
			assert.deepEqual(session.wrappedRows(), [1]);
			assert.equal(session.scrolled(), 0);
		});
	});

	test('a box whose right side is out of line on a row with Chinese text', async () => {
		await withSession(drawn('crooked'), async (session) => {
			await session.exit;
			const [frame, ...others] = session.frames();
			assert.deepEqual(others, []);
			assert.deepEqual(frame?.faults, ['row 2: " " at column 7, not ┃']);
		});
	});

	test('a command killed by a signal, after all it wrote', async () => {
		await withSession(drawn('signal'), async (session) => {
			assert.deepEqual(await session.exit, {exitCode: null, signal: 'SIGTERM'});
			assert.equal(session.output(), 'ending\r\n');
		});
	});

	test('a character whose bytes come in two reads', async () => {
		await withSession(drawn('split'), async (session) => {
			assert.equal((await session.exit).exitCode, 0);
			assert.equal(session.screen()[0], '› 7 北京');
		});
	});

	test('nothing on a screen that is right', async () => {
		await withSession(drawn('clean'), async (session) => {
			await session.exit;
			assert.equal(session.scrolled(), 0);
			assert.deepEqual(session.wrappedRows(), []);
			assert.deepEqual(session.overwideRows(), []);
			assert.deepEqual(
				session.frames().map(({left, right, top, bottom, faults}) => ({left, right, top, bottom, faults})),
				[
					{left: 0, right: 7, top: 0, bottom: 3, faults: []},
					{left: 8, right: 13, top: 0, bottom: 3, faults: []},
				],
			);
			assert.deepEqual(session.locate('中文'), {x: 2, y: 2});
			assert.deepEqual(session.locate('x'), {x: 10, y: 2});
		});
	});
});

test('colour codes and modes left on, in bytes', () => {
	assert.deepEqual(colourSequences('\u001B[1m\u001B[7mA\u001B[27;22m'), []);
	assert.deepEqual(colourSequences('\u001B[1;36mA\u001B[39m\u001B[38;5;208mB\u001B[48:2::1:2:3m'), [
		'ESC[1;36m',
		'ESC[39m',
		'ESC[38;5;208m',
		'ESC[48:2::1:2:3m',
	]);
	assert.deepEqual(modesLeftChanged('\u001B[?1049h\u001B[?25l\u001B[?2004h\u001B[?25h\u001B[?1049l'), ['?2004h']);
	assert.deepEqual(modesLeftChanged('\u001B[?1000;1006h\u001B[?1000l\u001B[?7l'), ['?1006h', '?7l']);
	assert.deepEqual(
		controlSequences('a\u001B[?25lb\u001B[2Jc').map(({prefix, params, final}) => prefix + params + final),
		['?25l', '2J'],
	);
});

test('poll returns the first value accepted, and names the last one when it gives up', async () => {
	let count = 0;
	assert.equal(
		await poll(
			() => ++count,
			(value) => value === 3,
			{interval: 1},
		),
		3,
	);
	await assert.rejects(
		poll(
			() => 'the screen',
			() => false,
			{timeout: 20, interval: 5, what: 'a change', describe: (value) => `|${value}|`},
		),
		/^Error: timed out after 20 ms waiting for a change; the last value:\n\|the screen\|$/,
	);
});
