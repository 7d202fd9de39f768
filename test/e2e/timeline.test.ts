import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {frameText} from '../support/screen.js';
import {chartAt46} from '../support/timeline-text.js';
import {withSession} from './harness.js';

/** The panel's rows of text from the one that starts with `first`, as many as `count`, without the frame. */
function panelRows(screen: string, first: string, count: number): string[] {
	const rows = screen.split('\n').map((row) => {
		// The panel's left border, focused or not: the last one before the right border.
		const inside = row.slice(0, -1);
		return inside.slice(Math.max(inside.lastIndexOf('│'), inside.lastIndexOf('┃')) + 2).trimEnd();
	});
	const start = rows.findIndex((row) => row.startsWith(first));
	assert.ok(start >= 0, `${first} is in the panel:\n${frameText(screen)}`);
	return rows.slice(start, start + count);
}

describe('the timeline in the profile panel, in a real terminal', {concurrency: true}, () => {
	test('80×24: the career on the years 2017–2024, a bar per job in 46 columns, the gap of 2018.11–2019.02 open', async () => {
		await withSession({cols: 80, rows: 24}, async (session) => {
			const screen = await session.ready();
			assert.deepEqual(panelRows(screen, '2017', 7), chartAt46);
		});
	});

	test('40 columns: every second year, a label too long to stand beside its bar above it; scrolled to, as a reader would', async () => {
		const chart = [
			'2017     2019     2021     2023',
			'├────┬───┬────┬───┬────┬───┬────┬──┤',
			'█████████ 北京闪银科技有限公司',
			'          ███ 饿了么',
			'             阿里云（内部调转）',
			'             ████████',
			'     Taichi Graphics ███',
			'  debank.com & rabby.io ████████████',
		];
		await withSession({cols: 40, rows: 33}, async (session) => {
			assert.deepEqual(panelRows(await session.ready(), '2017', 8), chart);
		});
		await withSession({cols: 40, rows: 12}, async (session) => {
			await session.ready();
			session.press('return', 'G');
			const end = await session.waitForText('━ 16–19 / 19 ━');
			assert.deepEqual(panelRows(end, '             阿里云', 4), chart.slice(4));
		});
	});

	test('--ascii, 80×24: the same chart in ASCII', async () => {
		await withSession({cols: 80, rows: 24, args: ['--ascii']}, async (session) => {
			const screen = await session.ready('> 1 个人资料');
			assert.deepEqual(panelRows(screen.replaceAll('|', '│'), '2017', 4), [
				'2017  2018  2019 2020  2021  2022  2023 2024',
				'+-----+-----+----+-----+-----+-----+----+----+',
				'########### 北京闪银科技有限公司',
				'            ##### 饿了么',
			]);
		});
	});
});
