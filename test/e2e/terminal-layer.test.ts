import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import afterKeys from '../support/barrier.js';
import {selected} from '../support/fixture-entries.js';
import {frameText} from '../support/screen.js';
import {focused} from '../support/screen-text.js';
import {withSession} from './harness.js';

// Each test is one of the defects a demanding user found in the terminal layer, in a real
// pseudo-terminal: it failed on the app as it was, and holds now. Here, the keys; the
// drawing is in drawing.test.ts.

describe('the terminal layer: keys', {concurrency: true}, () => {
	test('1. Ctrl+F1–F4 and their kin are keys the app has no use for: no crash, the next key works', async () => {
		await withSession({cols: 80, rows: 24}, async (session) => {
			await session.ready();
			session.write('\u001B[1;5P\u001B[1;5Q\u001B[1;5R\u001B[1;5S\u001B[1;6P\u001B[1;7P\u001B[1;5M\u001B[5P');
			session.press('j');
			await session.waitForText('› 2 ');
			session.press('q');
			assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
		});
	});

	test('5. digits inside sequences are no jump keys: Shift+F1, a mouse wheel, a cursor report, a paste', async () => {
		await withSession({cols: 80, rows: 24}, async (session) => {
			const before = await session.ready();
			session.write('\u001B[1;2P');
			session.write('\u001B[<64;10;10M');
			session.write('\u001B[12;40R');
			session.write('\u001B[200~3\u001B[201~');
			// Behind the help's barrier: had a digit jumped, the entry would show it.
			assert.equal(await afterKeys(session), before);
			session.press('3');
			await session.waitForText(selected(3));
		});
	});

	test('6. Esc and j in one read is Alt+j, which does nothing: the panel neither scrolls nor loses the focus', async () => {
		await withSession({cols: 80, rows: 12}, async (session) => {
			await session.ready();
			session.press('5');
			await session.waitForText('› 5 ');
			session.press('return');
			const before = await session.waitForText('━ 1–');
			session.write('\u001Bj');
			assert.equal(await afterKeys(session), before);
			session.press('escape');
			await session.waitForText(focused.menu);
		});
	});

	// That its keys act on nothing is in test/app/too-small.test.ts, where a key is sure to come before a resize.
	test('8. the too-small screen, and a real terminal made bigger and smaller again: the first q there quits', async () => {
		await withSession({cols: 29, rows: 8}, async (session) => {
			await session.waitForText('终端太小');
			await session.waitForRawMode();
			await session.resize(80, 24);
			const screen = await session.waitForText(selected(1));
			assert.ok(screen.includes(focused.menu), frameText(screen));
			await session.resize(29, 8);
			await session.waitForText('终端太小');
			session.press('q');
			assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
		});
	});
});
