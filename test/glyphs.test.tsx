import assert from 'node:assert/strict';
import {test} from 'node:test';
import glyphsFor from '../source/theme/glyphs.js';

import {draw, plainTheme} from './draw.js';
import {keyBytes, unmountAfterEach, waitForFrame} from './helpers.js';

unmountAfterEach();

test('ASCII glyphs spell out the interface marks', () => {
	const {text} = glyphsFor({unicode: false});
	assert.equal(text('↑↓ move  ⏎ read  Esc ← back'), 'Up/Down move  Enter read  Esc Left back');
	assert.equal(text('› 2019.02–2021.08 · 9–17 / 17 …'), '> 2019.02-2021.08 - 9-17 / 17 ...');
	assert.equal(glyphsFor({unicode: true}).text('↑↓ – •'), '↑↓ – •');
});

// Everything the interface draws is ASCII; the résumé's own text may not be.
const content = /[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFF60]/gu;

for (const [columns, rows] of [
	[100, 30],
	[60, 20],
] as const) {
	test(`--ascii at ${columns}×${rows}: no mark outside ASCII, in the menu and in the panel`, async () => {
		const {lastFrame, keys} = draw(columns, rows, {theme: plainTheme({unicode: false})});
		const menu = await waitForFrame(lastFrame, (frame) => frame.includes('> 1 个人资料'));
		keys.write('5');
		await waitForFrame(lastFrame, (frame) => frame.includes('> 5 阿里云'));
		keys.write(keyBytes.return);
		const panel = await waitForFrame(lastFrame, (frame) => frame.includes('Up/Down 滚动'));
		for (const frame of [menu, panel]) {
			const marks = [...new Set(frame.replace(content, '').replaceAll(/[\u0020-\u007E\n]/g, ''))];
			assert.deepEqual(marks, [], `not ASCII: ${marks.join(' ')}`);
		}

		assert.match(panel, /#= 2019\.11-2021\.08 阿里云（内部调转） =+#$/m);
		assert.match(panel, /Up\/Down 滚动/);
	});
}

test('--ascii at 60×14: the one-row header is cut with three dots, not a Unicode ellipsis', async () => {
	const {lastFrame} = draw(60, 14, {theme: plainTheme({unicode: false})});
	const frame = await waitForFrame(lastFrame, (current) => current.includes('> 1 个人资料'));
	assert.equal(frame.split('\n')[0], ' Manjusaka - Senior SRE   me@manjusaka.me - https://manju...');
});
