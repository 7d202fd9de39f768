import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {palettes} from '../../source/theme/palette.js';
import afterKeys from '../support/barrier.js';
import {frameText} from '../support/screen.js';
import {focused} from '../support/screen-text.js';
import {type Session, withSession} from './harness.js';

// xterm-256color: the app draws in 256 colours, one of xterm's for each role.
const size = {cols: 80, rows: 24} as const;
const query = '\u001B]11;?\u0007';
const accent = {dark: palettes.dark.accent.ansi256, light: palettes.light.accent.ansi256} as const;
const labels = {dark: palettes.dark.label.ansi256, light: palettes.light.label.ansi256} as const;

/** How many times `part` is in `text`. */
const count = (text: string, part: string) => text.split(part).length - 1;

/** The colours on the screen: the focused menu frame's corner (accent), and a label of an entry's panel. */
async function colours(session: Session) {
	await session.ready();
	const corner = session.locate(focused.menu);
	assert.ok(corner, frameText(session.text()));
	const frame = session.foreground(corner.x, corner.y);
	session.press('3');
	await session.waitForText('› 3 ');
	const label = session.locate('工作内容');
	assert.ok(label, frameText(session.text()));
	return {frame, label: session.foreground(label.x, label.y)};
}

describe('light and dark: the colours for the background', {concurrency: true}, () => {
	for (const [value, background] of [
		['0;15', 'light'],
		['15;0', 'dark'],
		['0;default;7', 'light'],
	] as const) {
		test(`COLORFGBG=${value}: ${background} colours, and the terminal is not asked`, async () => {
			await withSession({...size, env: {COLORFGBG: value}}, async (session) => {
				assert.deepEqual(await colours(session), {frame: accent[background], label: labels[background]});
				assert.equal(count(session.output(), query), 0);
			});
		});
	}

	// One at a time: the answer must come within the app's wait (100 ms), which a test process
	// busy with the screens of other sessions could miss.
	describe('the terminal asked', {concurrency: false}, () => {
		for (const [answer, background] of [
			['rgb:ffff/ffff/ffff', 'light'],
			['rgb:fdfd/f6f6/e3e3', 'light'],
			['rgb:0000/0000/0000', 'dark'],
			['rgb:2828/2828/2828', 'dark'],
		] as const) {
			test(`no COLORFGBG: the app asks (OSC 11) once; the terminal answers ${answer}: ${background} colours`, async () => {
				await withSession({...size, answers: {background: answer, attributes: '64;1;2'}}, async (session) => {
					assert.deepEqual(await colours(session), {frame: accent[background], label: labels[background]});
					assert.equal(count(session.output(), query), 1);
				});
			});
		}
	});

	test('a terminal that answers only DA1 (no OSC 11): dark colours', async () => {
		await withSession({...size, answers: {attributes: '1;2'}}, async (session) => {
			assert.deepEqual(await colours(session), {frame: accent.dark, label: labels.dark});
		});
	});

	test('--theme light, with COLORFGBG saying dark: light colours, nothing asked', async () => {
		await withSession({...size, args: ['--theme', 'light'], env: {COLORFGBG: '15;0'}}, async (session) => {
			assert.deepEqual(await colours(session), {frame: accent.light, label: labels.light});
			assert.equal(count(session.output(), query), 0);
		});
	});

	test('NO_COLOR: nothing to choose, nothing asked', async () => {
		await withSession({...size, env: {NO_COLOR: '1'}}, async (session) => {
			await session.ready();
			assert.equal(count(session.output(), query), 0);
		});
	});

	test('an answer that comes late, whole or split between reads, is no key: 3 does not jump, keys after it work', async () => {
		// No answer in time: the app draws dark after its wait.
		await withSession(size, async (session) => {
			const before = await session.ready();
			assert.equal(count(session.output(), query), 1);
			session.write('\u001B]11;rgb:3333/3333/3333\u0007\u001B[?64;1;2c');
			assert.equal(await afterKeys(session), before);
			// The first half waits longer than an Esc would (40 ms): the second comes as a slow link brings it.
			session.write('\u001B]11;rgb:33');
			await sleep(200);
			session.write('33/3333/3333\u001B\\');
			assert.equal(await afterKeys(session), before, 'nothing of the answer acted as a key');
			session.press('5');
			await session.waitForText('› 5 ');
		});
	});
});
