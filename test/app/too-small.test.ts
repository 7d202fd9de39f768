import assert from 'node:assert/strict';
import {test} from 'node:test';
import {selected} from '../support/fixture-entries.js';
import {withMemoryApp} from '../support/memory-app.js';
import {frameText} from '../support/screen.js';
import {focused} from '../support/screen-text.js';

// On the app in memory a key is taken as it is written, before a resize that comes after it:
// the order a real terminal cannot promise (its keys and its SIGWINCH come by different ways).

test('keys on the too-small screen act on nothing: made big again, the first entry, the menu focused, no help', async () => {
	await withMemoryApp({columns: 29, rows: 8}, async (app) => {
		await app.waitForText('终端太小');
		app.press('j', 'j', 'j', 'return', '?');
		await app.terminal.resize(80, 24);
		const screen = await app.waitForText(selected(1));
		assert.ok(!screen.includes('━ 按键 ━'), frameText(screen));
		assert.ok(screen.includes(focused.menu), `the menu keeps the focus:\n${frameText(screen)}`);
	});
});

test('the same keys where the app fits do act, taken before the resize that follows them', async () => {
	await withMemoryApp({columns: 80, rows: 24}, async (app) => {
		await app.waitForText(selected(1));
		app.press('j', 'j', 'j', 'return', '?');
		await app.terminal.resize(100, 30);
		await app.waitForText('━ 按键 ━');
		app.press('escape');
		const screen = await app.waitFor((text) => !text.includes('━ 按键 ━'));
		assert.ok(screen.includes(selected(4)) && screen.includes(focused.panel), frameText(screen));
	});
});
