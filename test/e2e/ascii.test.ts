import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {entries} from '../support/fixture-entries.js';
import {nonAsciiMarks} from '../support/screen-text.js';
import {withSession} from './harness.js';

describe('ASCII only, for terminals without good Unicode', {concurrency: true}, () => {
	for (const [name, options] of [
		['--ascii', {args: ['--ascii']}],
		['TERM=linux (the Linux console)', {env: {TERM: 'linux'}}],
	] as const) {
		test(`${name}: frames, marks and footer in ASCII, in the menu and in the panel`, async () => {
			await withSession({cols: 80, rows: 24, ...options}, async (session) => {
				const menu = await session.ready('> 1 个人资料');
				session.press('5', 'return');
				const panel = await session.waitFor((screen) => screen.includes('Up/Down 滚动'));
				for (const screen of [menu, panel]) {
					assert.deepEqual(nonAsciiMarks(screen), [], screen);
				}

				assert.ok(panel.includes(`#= ${entries.zh[4]!.title} =`), panel);
				session.press('q');
				assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
			});
		});
	}

	test('--help --ascii spells the keys out', async () => {
		await withSession({cols: 100, rows: 40, args: ['--help', '--ascii', '--lang', 'en']}, async (session) => {
			assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
			const screen = session.text();
			assert.match(screen, /Up k +previous entry/);
			assert.deepEqual(
				nonAsciiMarks(screen).filter((mark) => mark !== 'é'),
				[],
				screen,
			);
		});
	});
});
