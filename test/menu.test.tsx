import assert from 'node:assert/strict';
import {test} from 'node:test';
import {render} from 'ink-testing-library';
import App from '../source/components/app.js';
import fitHints from '../source/fit-hints.js';
import {hints} from '../source/keys.js';
import loadResume from '../source/load-resume.js';
import windowStart from '../source/menu-window.js';
import createTheme from '../source/theme.js';
import {keys, plainFrames, waitForFrame} from './helpers.js';

plainFrames();

test('the menu window keeps the selection in its middle, within the list', () => {
	assert.deepEqual(
		[0, 1, 2, 3, 4, 5, 6].map((selected) => windowStart(selected, 3, 7)),
		[0, 0, 1, 2, 3, 4, 4],
	);
	assert.deepEqual(
		[0, 1, 2, 3, 4, 5, 6].map((selected) => windowStart(selected, 4, 7)),
		[0, 0, 1, 2, 3, 3, 3],
	);
	assert.equal(windowStart(5, 1, 7), 5);
	assert.equal(windowStart(6, 7, 7), 0, 'everything fits');
});

test('a narrow footer keeps quit and drops the hints that do not fit', () => {
	const panel = hints('panel');
	assert.deepEqual(
		fitHints(panel, 40).map(({action}) => action),
		['scroll', 'menu', 'quit'],
	);
	assert.deepEqual(fitHints(panel, 200), panel);
	assert.deepEqual(
		fitHints(panel, 5).map(({action}) => action),
		['quit'],
	);
});

test('at 40×12 the one-entry menu follows the selection down and up, with its position', async () => {
	const resume = loadResume('content/resume.zh.md');
	const {lastFrame, stdin} = render(<App resume={resume} theme={createTheme(false)} columns={40} rows={12} />);
	await waitForFrame(lastFrame, (frame) => frame.includes('› 1 Profile'));
	for (const [key, entry] of [
		[keys.down, '2 Skills'],
		[keys.down, '3 debank.com & rabby.io'],
		[keys.up, '2 Skills'],
	] as const) {
		stdin.write(key);
		const frame = await waitForFrame(lastFrame, (current) => current.includes(`› ${entry}`));
		const lines = frame.split('\n');
		assert.match(lines[2]!, new RegExp(`^┃ › ${entry} +┃$`));
		assert.match(lines[3]!, new RegExp(`━ ${entry[0]}/7 ━┛$`));
		assert.equal(lines.at(-1), ' ↑↓ move  ⏎ read  1-9 jump  q quit');
	}
});

test('a resize that shows more entries keeps the selection', async () => {
	const resume = loadResume('content/resume.zh.md');
	const theme = createTheme(false);
	const {lastFrame, stdin, rerender} = render(<App resume={resume} theme={theme} columns={60} rows={20} />);
	await waitForFrame(lastFrame, (frame) => frame.includes('› 1 Profile'));
	for (const [key, shows] of [
		[keys.down, '› 2 Skills'],
		[keys.tab, 'Esc menu'],
		[keys.down, '━ 2–'],
	] as const) {
		stdin.write(key);
		await waitForFrame(lastFrame, (frame) => frame.includes(shows));
	}

	rerender(<App resume={resume} theme={theme} columns={100} rows={14} />);
	await waitForFrame(lastFrame, (current) => current.includes('7 北京闪银'));
	// A key after the resize: its frame comes after any effect the resize set off.
	stdin.write('j');
	const frame = await waitForFrame(lastFrame, (current) => current.includes('━ 3–'));
	assert.match(frame, /› 2 Skills/);
	assert.doesNotMatch(frame, /› 1 Profile/);
});
