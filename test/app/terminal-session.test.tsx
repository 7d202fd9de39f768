import assert from 'node:assert/strict';
import {test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import type {Running} from '../../source/terminal/session.js';
import {palettes} from '../../source/theme/palette.js';
import runApp, {type RunOptions} from '../../source/ui/session/run-app.js';
import {colourSequences, modesLeftChanged} from '../support/byte-stream.js';
import {cards, sshCards} from '../support/card-text.js';
import {content} from '../support/draw.js';
import {keyBytes} from '../support/key-bytes.js';
import MemoryTerminal, {type MemoryTerminalOptions} from '../support/memory-terminal.js';
import poll from '../support/poll.js';
import {frameText} from '../support/screen.js';
import {focused} from '../support/screen-text.js';

/** An app running on a terminal in memory; the terminal is freed after `body`. */
async function withApp(
	options: MemoryTerminalOptions,
	body: (terminal: MemoryTerminal, app: Running) => Promise<void>,
	run: RunOptions = {},
): Promise<void> {
	const terminal = new MemoryTerminal(options);
	const app = runApp(content, terminal.session, run);
	try {
		await body(terminal, app);
	} finally {
		app.stop(1);
		await app.exited.catch(() => undefined);
		terminal.dispose();
	}
}

/**
The frames the app has written that show any text, as text: Ink ends each frame with the end of
a synchronized update, and while the app waits for the background it writes only a blank one.
*/
const framesShown = (terminal: MemoryTerminal) =>
	terminal
		.written()
		.split('\u001B[?2026l')
		.map((frame) => stripVTControlCharacters(frame))
		.filter((frame) => frame.trim() !== '');

/**
The terminal is as the app found it: the normal screen, every mode back at its default; on
it nothing, or after q the card, each line from the first column (this terminal, as an SSH
channel, turns no LF into CR LF).
*/
async function assertGivenBack(terminal: MemoryTerminal, card: readonly string[] = []) {
	await terminal.screen.flushed();
	assert.equal(terminal.screen.terminal.buffer.active.type, 'normal');
	assert.deepEqual(modesLeftChanged(terminal.written()), []);
	assert.deepEqual(
		terminal.screen.screen().filter((row) => row !== ''),
		card,
		'what is left on the normal screen',
	);
}

test('two apps in one process, on two terminals of different sizes, languages and colours: neither frame leaks into the other, both exit cleanly', async () => {
	const chinese = new MemoryTerminal({columns: 100, rows: 30, language: 'zh', colorLevel: 0});
	const english = new MemoryTerminal({columns: 40, rows: 12, language: 'en', colorLevel: 3});
	const first = runApp(content, chinese.session);
	const second = runApp(content, english.session);
	try {
		await chinese.waitForText('› 1 个人资料');
		await english.waitForText('› 1 Profile');
		chinese.press('5');
		english.press('jj');
		chinese.press(keyBytes.return);
		english.press('?');
		const left = await chinese.waitForText('2018.06-2019.12 云杉科技');
		const right = await english.waitForText('Keys');
		assert.match(left, /╭─ Aster Lin ─+╮/, 'the panel has the focus: the menu frame is the light one');
		assert.equal(chinese.screen.screen().length, 30);
		assert.ok(
			chinese.screen.screen().some((row) => row.length > 80),
			frameText(left),
		);
		for (const word of ['Profile', 'Keys', 'Anywhere', 'move', 'Yunshan']) {
			assert.ok(!left.includes(word), `"${word}" of the English app on the Chinese screen:\n${frameText(left)}`);
		}

		assert.ok(
			english.screen.screen().every((row) => row.length <= 40),
			frameText(right),
		);
		for (const word of ['个人资料', '云杉科技', '按键', '任何时候']) {
			assert.ok(!right.includes(word), `"${word}" of the Chinese app on the English screen:\n${frameText(right)}`);
		}

		assert.deepEqual(colourSequences(chinese.written()), [], 'no colour where the terminal has none');
		assert.ok(colourSequences(english.written()).length > 0, 'colour where the terminal has it');

		chinese.press('q');
		assert.equal(await first.exited, 0);
		await assertGivenBack(chinese, cards.zh);
		english.press(keyBytes.escape);
		await english.waitForText('› 3 northwind.example');
		english.press(keyBytes['ctrl-c']);
		assert.equal(await second.exited, 130);
		await assertGivenBack(english);
	} finally {
		first.stop(1);
		second.stop(1);
		chinese.dispose();
		english.dispose();
	}
});

for (const [key, where, code] of [
	['q', 'menu', 0],
	['q', 'panel', 0],
	['ctrl-c', 'menu', 130],
	['ctrl-c', 'panel', 130],
	['ctrl-c', 'help', 130],
] as const) {
	test(`${key} in the ${where} ends the app with ${code}, the terminal given back`, async () => {
		await withApp({columns: 80, rows: 24}, async (terminal, app) => {
			await terminal.waitForText('› 1 个人资料');
			if (where === 'panel') {
				terminal.press(keyBytes.return);
				await terminal.waitForText('Esc 菜单');
			}

			if (where === 'help') {
				terminal.press('?');
				await terminal.waitForText('━ 按键 ━');
			}

			terminal.press(keyBytes[key as keyof typeof keyBytes] ?? key);
			assert.equal(await app.exited, code);
			await assertGivenBack(terminal, key === 'q' ? cards.zh : []);
		});
	});
}

test('q on the help screen closes it and does not quit; a second q quits', async () => {
	await withApp({columns: 80, rows: 24}, async (terminal, app) => {
		await terminal.waitForText('› 1 个人资料');
		terminal.press('?');
		await terminal.waitForText('━ 按键 ━');
		terminal.press('q');
		const screen = await terminal.waitForText('› 1 个人资料');
		assert.ok(!screen.includes('━ 按键 ━'));
		terminal.press('q');
		assert.equal(await app.exited, 0);
		await assertGivenBack(terminal, cards.zh);
	});
});

test('the card is in the language shown when q is pressed', async () => {
	await withApp({columns: 80, rows: 24}, async (terminal, app) => {
		await terminal.waitForText('› 1 个人资料');
		terminal.press('t');
		await terminal.waitForText('› 1 Profile');
		terminal.press('q');
		assert.equal(await app.exited, 0);
		await assertGivenBack(terminal, cards.en);
	});
});

test('at the SSH door the card keeps the résumé with ssh, in the language shown', async () => {
	await withApp(
		{columns: 80, rows: 24},
		async (terminal, app) => {
			await terminal.waitForText('› 1 个人资料');
			terminal.press('t');
			await terminal.waitForText('› 1 Profile');
			terminal.press('q');
			assert.equal(await app.exited, 0);
			await assertGivenBack(terminal, sshCards.en);
		},
		{door: 'ssh'},
	);
});

test('stop ends the app at once with its code and gives the terminal back: a signal, a closed connection', async () => {
	await withApp({columns: 60, rows: 20}, async (terminal, app) => {
		await terminal.waitForText('› 1 个人资料');
		app.stop(143);
		assert.equal(await app.exited, 143);
		await assertGivenBack(terminal);
	});
});

test('with the help open, a terminal shrunk below the minimum: q still quits, as nothing can be closed unseen', async () => {
	await withApp({columns: 80, rows: 24}, async (terminal, app) => {
		await terminal.waitForText('› 1 个人资料');
		terminal.press('?');
		await terminal.waitForText('━ 按键 ━');
		await terminal.resize(25, 6);
		await terminal.waitForText('终端太小');
		terminal.press('q');
		assert.equal(await app.exited, 0);
	});
});

test("a session's background unknown: the app asks on the session's output, reads the answer from its input (as over SSH), and draws for it", async () => {
	await withApp(
		{columns: 80, rows: 24, colorLevel: 2, background: 'unknown'},
		async (terminal) => {
			await poll(
				() => terminal.written(),
				(written) => written.includes('\u001B]11;?\u0007\u001B[c'),
				{what: 'the query'},
			);
			terminal.press('\u001B]11;rgb:ffff/ffff/ffff\u001B\\');
			await terminal.waitForText('› 1 个人资料');
			// The light frame is the only one: nothing was drawn before the answer.
			assert.equal(framesShown(terminal).length, 1, 'frames that show text');
			const corner = terminal.screen.locate(focused.menu)!;
			assert.equal(terminal.screen.foreground(corner.x, corner.y), palettes.light.accent.ansi256);
		},
		{backgroundWait: 60_000},
	);
});

test('keys typed while the app waits for the background are kept: the view takes them, in order, as soon as it listens', async () => {
	await withApp(
		{columns: 80, rows: 24, colorLevel: 2, background: 'unknown'},
		async (terminal, app) => {
			await poll(
				() => terminal.written(),
				(written) => written.includes('\u001B]11;?\u0007'),
				{what: 'the query'},
			);
			terminal.press('j');
			terminal.press('j');
			terminal.press('\u001B]11;rgb:0000/0000/0000\u001B\\');
			await terminal.waitForText('› 3');
			// The view listens once it is drawn (terminal/held-keys.ts): the first frame is the start,
			// the next has both keys, with no frame between them.
			const frames = framesShown(terminal);
			assert.equal(frames.length, 2, 'frames that show text');
			assert.ok(frames[0]!.includes('› 1 ') && frames[1]!.includes('› 3 '), 'the start, then both keys');
			terminal.press('q');
			assert.equal(await app.exited, 0);
		},
		{backgroundWait: 60_000},
	);
});

test('a width or height of 0 is drawn as 1: the app never asks the process for a size', async () => {
	await withApp({columns: 0, rows: 0}, async (terminal, app) => {
		await terminal.drawn();
		terminal.press('q');
		assert.equal(await app.exited, 0);
	});
});
