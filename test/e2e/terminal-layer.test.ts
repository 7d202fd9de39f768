import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {colourSequences, controlSequences} from '../support/byte-stream.js';
import {frameText} from '../support/screen.js';
import {withSession} from './harness.js';

// Each test is one of the defects a demanding user found in the terminal layer, in a real
// pseudo-terminal: it failed on the app as it was, and holds now.

describe('the terminal layer', {concurrency: true}, () => {
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
			assert.equal(await session.settled(), before);
			session.press('3');
			await session.waitForText('› 3 debank.com');
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
			assert.equal(await session.settled(), before);
			session.press('escape');
			await session.waitForText('┏━ Manjusaka ━');
		});
	});

	test('7. a resize clears and redraws in one synchronized update: no blank screen in between', async () => {
		await withSession({cols: 100, rows: 30}, async (session) => {
			await session.ready();
			for (const [cols, rows] of [
				[60, 20],
				[29, 8],
				[120, 40],
			] as const) {
				await session.resize(cols, rows);
				await session.waitFor(() => session.screen()[0] !== '' || cols < 30, 10_000, `${cols}×${rows}`);
				await session.settled();
			}

			let synchronized = false;
			const clears: boolean[] = [];
			for (const {prefix, params, final} of controlSequences(session.output())) {
				if (prefix === '?' && params === '2026') {
					synchronized = final === 'h';
				} else if (prefix === '' && final === 'J') {
					clears.push(synchronized);
				}
			}

			assert.ok(clears.length >= 3, `a clear for each resize: ${clears.length}`);
			assert.deepEqual(
				clears.filter((inside) => !inside),
				[],
				'every clear inside a synchronized update',
			);
		});
	});

	test('8. keys on the too-small screen act on nothing; the first q there quits', async () => {
		await withSession({cols: 29, rows: 8}, async (session) => {
			await session.waitForText('终端太小');
			await session.waitForRawMode();
			session.press('j', 'j', 'j', 'return', '?');
			await session.settled();
			await session.resize(80, 24);
			const screen = await session.waitForText('› 1 个人资料');
			assert.ok(!screen.includes('━ 按键 ━'), frameText(screen));
			assert.match(screen, /┏━ Manjusaka ━/, 'the menu keeps the focus');
			await session.resize(29, 8);
			await session.waitForText('终端太小');
			session.press('q');
			assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
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
				const end = await session.waitForText('G End');
				assert.match(end, /━ \d+–(\d+) \/ \1 ━/, frameText(end));
				session.press('escape');
				await session.waitFor((screen) => !screen.includes('━ 按键 ━'));
			});
		});
	}

	test('10. without a controlling terminal a resize is still seen', async () => {
		await withSession({cols: 80, rows: 24, shell: 'exec setsid -w "$@"'}, async (session) => {
			await session.ready();
			await session.resize(60, 20);
			const screen = await session.waitFor((text) => text.split('\n')[2]?.startsWith('┏━ Manjusaka ━') === true);
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
			assert.match(screen, /2022\.04-2024\.12/, 'periods with the content hyphen');
			assert.ok(!screen.includes('–2024'), frameText(screen));
			assert.match(screen, / 1–7 跳转/);
			session.press('2');
			const skills = await session.waitForText('› 2 About Me');
			assert.match(skills, /╭─ About Me ─/);
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
			const screen = await session.settled();
			assert.equal(screen.trim(), '', frameText(screen));
			session.press('q');
			assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
		});
	});
});
