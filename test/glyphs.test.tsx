import assert from 'node:assert/strict';
import {test} from 'node:test';
import {render} from 'ink-testing-library';
import App from '../source/components/app.js';
import glyphsFor from '../source/glyphs.js';
import loadResume from '../source/load-resume.js';
import createTheme from '../source/theme.js';
import {keys, plainFrames, waitForFrame} from './helpers.js';

plainFrames();

test('ASCII glyphs spell out the interface marks', () => {
	const {text} = glyphsFor(true);
	assert.equal(text('↑↓ move  ⏎ read  Esc ← back'), 'Up/Down move  Enter read  Esc Left back');
	assert.equal(text('› 2019.02–2021.08 · 9–17 / 17 …'), '> 2019.02-2021.08 - 9-17 / 17 ...');
	assert.equal(glyphsFor(false).text('↑↓ – •'), '↑↓ – •');
});

// Everything the interface draws is ASCII; the résumé's own text may not be.
const content = /[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFF60]/gu;

for (const [columns, rows] of [
	[100, 30],
	[60, 20],
] as const) {
	test(`--ascii at ${columns}×${rows}: no mark outside ASCII, in the menu and in the panel`, async () => {
		const resume = loadResume('content/resume.zh.md');
		const {lastFrame, stdin} = render(
			<App resume={resume} theme={createTheme(false, true)} columns={columns} rows={rows} />,
		);
		const menu = await waitForFrame(lastFrame, (frame) => frame.includes('> 1 Profile'));
		stdin.write('5');
		await waitForFrame(lastFrame, (frame) => frame.includes('> 5 阿里云'));
		stdin.write(keys.return);
		const panel = await waitForFrame(lastFrame, (frame) => frame.includes('Up/Down scroll'));
		for (const frame of [menu, panel]) {
			const marks = [...new Set(frame.replace(content, '').replaceAll(/[\u0020-\u007E\n]/g, ''))];
			assert.deepEqual(marks, [], `not ASCII: ${marks.join(' ')}`);
		}

		assert.match(panel, /#= 2019\.11-2021\.08 阿里云（内部调转） =+#$/m);
		assert.match(panel, /Up\/Down scroll/);
	});
}

test('--ascii at 60×14: the one-row header is cut with three dots, not a Unicode ellipsis', async () => {
	const resume = loadResume('content/resume.zh.md');
	const {lastFrame} = render(<App resume={resume} theme={createTheme(false, true)} columns={60} rows={14} />);
	const frame = await waitForFrame(lastFrame, (current) => current.includes('> 1 Profile'));
	assert.equal(frame.split('\n')[0], ' Manjusaka - Senior SRE   me@manjusaka.me - https://manju...');
});
