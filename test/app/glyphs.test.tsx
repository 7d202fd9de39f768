import assert from 'node:assert/strict';
import {test} from 'node:test';
import glyphsFor from '../../source/theme/glyphs.js';
import {draw, plainTheme, unmountAfterEach} from '../support/draw.js';
import {nonAsciiMarks} from '../support/screen-text.js';
import {play} from '../support/steps.js';

unmountAfterEach();

test('ASCII glyphs spell out the interface marks', () => {
	const {text} = glyphsFor({unicode: false});
	assert.equal(text('↑↓ move  ⏎ read  Esc ← back'), 'Up/Down move  Enter read  Esc Left back');
	assert.equal(text('› 2019.02–2021.08 · 9–17 / 17 …'), '> 2019.02-2021.08 - 9-17 / 17 ...');
	assert.equal(glyphsFor({unicode: true}).text('↑↓ – •'), '↑↓ – •');
});

for (const [columns, rows] of [
	[100, 30],
	[60, 20],
] as const) {
	test(`--ascii at ${columns}×${rows}: no mark outside ASCII, in the menu and in the panel`, async () => {
		const app = draw(columns, rows, {theme: plainTheme({unicode: false})});
		const menu = await app.waitFor((frame) => frame.includes('> 1 个人资料'));
		const panel = await play(app, [
			['5', '> 5 云杉科技'],
			['return', 'Up/Down 滚动'],
		]);
		for (const frame of [menu, panel]) {
			// Everything the interface draws is ASCII; the résumé's own text may not be.
			assert.deepEqual(nonAsciiMarks(frame), [], frame);
		}

		assert.match(panel, /#= 2018\.06-2019\.12 云杉科技（内部调转） =+#$/m);
	});
}

test('--ascii at 60×14: the one-row header is cut with three dots, not a Unicode ellipsis', async () => {
	const app = draw(60, 14, {theme: plainTheme({unicode: false})});
	const frame = await app.waitFor((current) => current.includes('> 1 个人资料'));
	assert.equal(frame.split('\n')[0], ' Aster Lin - Staff SRE   aster@example.com - https://aste...');
});
