import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {entries as fixtureEntries} from '../support/fixture-entries.js';
import fixtureResumes from '../support/fixture-resumes.js';
import {frameText} from '../support/screen.js';
import {atEnd, focused} from '../support/screen-text.js';
import {type Session, withSession} from './harness.js';

const entries = fixtureEntries.zh.length;
const {name, role} = fixtureResumes.zh.basics;
const hasChinese = (text: string) => /\p{Script=Han}/u.test(text);

/** What every frame at any size must be: inside the terminal, every row of it, two straight boxes. */
function assertDrawnWell(session: Session, cols: number, rows: number, where: string) {
	const screen = session.screen();
	const shown = `${where} at ${cols}×${rows}:\n${frameText(screen.join('\n'))}`;
	assert.equal(session.scrolled(), 0, `a frame taller than the terminal scrolled it; ${shown}`);
	assert.equal(session.scrollback(), 0, `nothing went into the scrollback; ${shown}`);
	assert.deepEqual(session.wrappedRows(), [], `rows ran past the last column; ${shown}`);
	assert.deepEqual(session.overwideRows(), [], `rows wider than the terminal; ${shown}`);
	assert.ok(screen[rows - 1]?.includes('q 退出'), `the footer is on the last row; ${shown}`);
	if (rows >= 12) {
		assert.ok(screen[0]?.startsWith(` ${name} · ${role}`), `the header is on the first row; ${shown}`);
	}

	const frames = session.frames();
	assert.equal(frames.length, 2, `a menu and a panel; ${shown}`);
	for (const frame of frames) {
		assert.deepEqual(frame.faults, [], `the box at column ${frame.left} is straight; ${shown}`);
	}

	const rightmost = Math.max(...frames.map(({right}) => right));
	assert.equal(rightmost, cols - 1, `the boxes reach the last column; ${shown}`);
}

describe('each size draws inside the terminal, boxes straight on rows of Chinese text', {concurrency: true}, () => {
	for (const [cols, rows] of [
		[120, 40],
		[80, 24],
		[60, 20],
		[40, 12],
		[30, 8],
	] as const) {
		test(`${cols}×${rows}: every entry, in the menu and in the panel, top and end`, {timeout: 60_000}, async () => {
			await withSession({cols, rows}, async (session) => {
				await session.ready();
				let chineseRows = 0;
				const check = (where: string) => {
					assertDrawnWell(session, cols, rows, where);
					chineseRows += session
						.frames()
						.flatMap(({top, bottom}) => session.screen().slice(top + 1, bottom))
						.filter(hasChinese).length;
				};

				for (let entry = 1; entry <= entries; entry++) {
					if (entry > 1) {
						session.press(String(entry));
						await session.waitForText(`› ${entry} `);
					}

					check(`entry ${entry}, menu`);
					session.press('return');
					await session.waitForText(focused.panel);
					check(`entry ${entry}, panel`);
					session.press('G');
					await session.waitFor(atEnd, undefined, 'the end of the panel');
					check(`entry ${entry}, end of the panel`);
					session.press('escape');
					await session.waitForText(focused.menu);
				}

				assert.ok(chineseRows > entries, `rows with Chinese text were checked: ${chineseRows}`);
				session.press('q');
				assert.equal((await session.exit).exitCode, 0);
			});
		});
	}

	for (const [cols, rows] of [
		[29, 8],
		[80, 7],
	] as const) {
		test(`${cols}×${rows}, below the minimum: one line that asks for 30×8`, async () => {
			await withSession({cols, rows}, async (session) => {
				const text = await session.ready('30×8');
				const shown = frameText(text);
				const [first, ...rest] = session.screen();
				assert.match(first ?? '', /^终端太小：/, shown);
				assert.deepEqual(
					rest.filter((row) => row !== ''),
					[],
					shown,
				);
				assert.equal(session.scrolled(), 0);
				assert.deepEqual(session.wrappedRows(), [], shown);
				assert.deepEqual(session.overwideRows(), [], shown);
				session.press('q');
				assert.equal((await session.exit).exitCode, 0);
			});
		});
	}
});
