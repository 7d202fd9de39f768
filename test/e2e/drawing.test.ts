import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {describe, test} from 'node:test';
import {colourSequences} from '../support/byte-stream.js';
import {entries, selected} from '../support/fixture-entries.js';
import fixtureResumes from '../support/fixture-resumes.js';
import poll from '../support/poll.js';
import {frameText} from '../support/screen.js';
import {focused} from '../support/screen-text.js';
import {withSession} from './harness.js';
import {clears, resizeDrawn} from './redraws.js';

const frameEnd = '\u001B[?2026l';

// Each test is one of the defects a demanding user found in the terminal layer, in a real
// pseudo-terminal: it failed on the app as it was, and holds now. Here, the drawing; the
// keys are in terminal-layer.test.ts.

describe('the terminal layer: drawing', {concurrency: true}, () => {
	test('7. a resize clears and redraws in one synchronized update: no blank screen in between', async () => {
		await withSession({cols: 100, rows: 30}, async (session) => {
			await session.ready();
			for (const [cols, rows] of [
				[60, 20],
				[29, 8],
				[120, 40],
			] as const) {
				// The next resize waits for this one's redraw.
				await resizeDrawn(session, cols, rows);
			}

			const all = clears(session.output());
			assert.ok(all.length >= 3, `a clear for each resize: ${all.length}`);
			assert.deepEqual(
				all.filter((inside) => !inside),
				[],
				'every clear inside a synchronized update',
			);
		});
	});

	for (const [cols, rows] of [
		[60, 20],
		[30, 8],
	] as const) {
		test(`9. at ${cols}×${rows} the help scrolls to its last key, its position in the border, and Esc closes it`, async () => {
			await withSession({cols, rows}, async (session) => {
				await session.ready();
				session.press('?');
				const top = await session.waitForText('━ 按键 ━');
				assert.match(top, /━ 1–\d+ \/ \d+ ━/, frameText(top));
				session.press('G');
				const end = await session.waitFor(
					(screen) => /━ \d+–(\d+) \/ \1 ━/.test(screen),
					undefined,
					'the end of the help',
				);
				// The last group of the key table: the keys after a search.
				assert.ok(end.includes('搜索之后'), frameText(end));
				session.press('escape');
				await session.waitFor((screen) => !screen.includes('━ 按键 ━'));
			});
		});
	}

	test('10. without a controlling terminal a resize is still seen; the terminal closed, the app ends', async () => {
		let pid = 0;
		await withSession({cols: 80, rows: 24, shell: 'exec setsid -w "$@"'}, async (session) => {
			await session.ready();
			pid = session.pid();
			await session.resize(60, 20);
			const screen = await session.waitFor((text) => text.split('\n')[2]?.startsWith(focused.menu) === true);
			assert.deepEqual(session.overwideRows(), []);
			assert.deepEqual(
				session.frames().flatMap((frame) => frame.faults),
				[],
				frameText(screen),
			);
			assert.ok(
				session.screen().every((row) => row.length <= 60),
				frameText(screen),
			);
		});
		// No hangup signal reaches a process without a controlling terminal: its input's end must do.
		await poll(
			() => existsSync(`/proc/${pid}`),
			(running) => !running,
			{what: `the app (${pid}) to end once its terminal is closed`},
		);
	});

	test('11. the frame takes every row: the footer on the last one, the panel a row longer', async () => {
		await withSession({cols: 80, rows: 24}, async (session) => {
			const screen = await session.ready();
			assert.match(session.screen()[23]!, /^ ↑↓ 移动/, frameText(screen));
			assert.equal(session.scrolled(), 0);
		});
	});

	test('12. one name per entry, one dash, the real jump range, and the keys that matter in a narrow footer', async () => {
		await withSession({cols: 80, rows: 24}, async (session) => {
			const screen = await session.ready();
			assert.match(screen, /╭─ 个人资料 ─/, 'the profile panel is titled as its entry');
			const {start, end} = fixtureResumes.zh.work.jobs[0]!.period;
			assert.ok(screen.includes(`${start}-${end}`), `periods with the content hyphen:\n${frameText(screen)}`);
			assert.ok(!screen.includes(`–${end}`), frameText(screen));
			assert.match(screen, / 1–7 跳转/);
			session.press('2');
			const skills = await session.waitForText(selected(2));
			assert.ok(skills.includes(`╭─ ${entries.zh[1]!.title} ─`), frameText(skills));
		});
		for (const [cols, rows, focusPanel, keys] of [
			[40, 12, false, ['↑↓', '⏎']],
			[45, 14, true, ['↑↓', 'Esc']],
			[30, 8, false, ['↑↓', '⏎', 'q']],
		] as const) {
			await withSession({cols, rows}, async (session) => {
				await session.ready();
				if (focusPanel) {
					session.press('return');
					await session.waitForText('┏━ 个人资料');
				}

				const footer = session.screen()[rows - 1]!;
				for (const key of keys) {
					assert.ok(footer.includes(`${key} `), `${cols}×${rows}: "${key}" in "${footer}"`);
				}
			});
		}
	});

	test('15. TERM=xterm-mono gets no colour; a 1-column terminal shows nothing rather than garbage', async () => {
		await withSession({cols: 80, rows: 24, env: {TERM: 'xterm-mono'}}, async (session) => {
			await session.ready();
			assert.deepEqual(session.attributes(4, 2).defaultColors, true);
			assert.deepEqual(colourSequences(session.output()), [], 'no colour code');
		});
		await withSession({cols: 1, rows: 10}, async (session) => {
			await session.waitForRawMode();
			// Once a whole frame is in (Ink ends each with the end of a synchronized update).
			const screen = await session.waitFor(() => session.output().includes(frameEnd), undefined, 'a frame');
			assert.equal(screen.trim(), '', frameText(screen));
			session.press('q');
			assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
		});
	});
});
