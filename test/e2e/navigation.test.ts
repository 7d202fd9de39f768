import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {frameText} from '../support/screen.js';
import {focused, scrollNote} from '../support/screen-text.js';
import {type Session, withSession} from './harness.js';

const {menu, panel} = focused;

/** Presses `keys` in one write, waits for the screen to change from what it was, and returns it once settled. */
async function change(session: Session, ...keys: string[]): Promise<string> {
	const before = session.text();
	session.press(...keys);
	await session.waitFor((text) => text !== before, undefined, `${keys.join(' ')} to change the screen`);
	return session.settled();
}

describe('moving around', {concurrency: true}, () => {
	for (const [cols, rows] of [
		[80, 24],
		[40, 12],
	] as const) {
		test(`${cols}×${rows}: down to the last entry and up again gives the first screen back`, async () => {
			await withSession({cols, rows}, async (session) => {
				const start = await session.ready();
				const screens = [start];
				for (let entry = 2; entry <= 7; entry++) {
					screens.push(await change(session, 'down'));
					assert.ok(session.text().includes(`› ${entry} `), frameText(session.text()));
				}

				for (let entry = 6; entry >= 1; entry--) {
					const screen = await change(session, 'up');
					if (rows >= 24) {
						// Where the whole menu shows, every screen on the way back is the one on the way down.
						assert.equal(screen, screens[entry - 1], `entry ${entry} again`);
					}
				}

				assert.equal(session.text(), start);
			});
		});
	}

	test('80×24: into a job and out, to the next and back: the same screens', async () => {
		await withSession({cols: 80, rows: 24}, async (session) => {
			const start = await session.ready();
			const job = await change(session, '5');
			const opened = await change(session, 'return');
			assert.ok(opened.includes(panel), frameText(opened));
			assert.equal(await change(session, 'escape'), job);
			assert.ok((await change(session, 'down')).includes('› 6 '));
			assert.equal(await change(session, 'up'), job);
			assert.equal(await change(session, 'return'), opened);
			assert.equal(await change(session, 'h'), job);
			assert.equal(await change(session, '1'), start);
			assert.ok(start.includes(menu));
		});
	});

	const size = {cols: 80, rows: 15} as const;
	const open = async (session: Session) => {
		await session.ready();
		await change(session, '5');
		const top = await change(session, 'return');
		assert.deepEqual(scrollNote(top), {first: 1, last: 11, total: 20}, frameText(top));
		return top;
	};

	test('80×15: a long panel, a line at a time to the end and back', async () => {
		await withSession(size, async (session) => {
			const top = await open(session);
			const screens = [top];
			for (let first = 2; first <= 10; first++) {
				const screen = await change(session, 'down');
				assert.deepEqual(scrollNote(screen), {first, last: first + 10, total: 20}, frameText(screen));
				screens.push(screen);
			}

			// The last line of the job shows at the bottom of the panel, and down goes no further.
			const end = screens.at(-1)!;
			assert.ok(end.split('\n')[12]?.includes('直播 PV 为 BU 内 Top5'), frameText(end));
			session.press('down');
			assert.equal(await session.settled(), end);
			for (let first = 9; first >= 1; first--) {
				assert.equal(await change(session, 'up'), screens[first - 1], `lines ${first}– again`);
			}

			session.press('up');
			assert.equal(await session.settled(), top, 'up at the top does nothing');
		});
	});

	test('80×15: a long panel, a page at a time, and end and top', async () => {
		await withSession(size, async (session) => {
			const top = await open(session);
			// A page keeps one line of the last: 11 rows, 10 lines a page, stopped at the end.
			const end = await change(session, 'pagedown');
			assert.deepEqual(scrollNote(end), {first: 10, last: 20, total: 20}, frameText(end));
			assert.deepEqual(scrollNote(await change(session, 'pageup')), {first: 1, last: 11, total: 20});
			assert.equal(session.text(), top);
			assert.equal(await change(session, 'G'), end);
			assert.equal(await change(session, 'g'), top);
			assert.equal(await change(session, 'end'), end);
			assert.equal(await change(session, 'home'), top);
		});
	});

	test('80×24: arrow keys that arrive in one read each count', async () => {
		await withSession({cols: 80, rows: 24}, async (session) => {
			await session.ready();
			const down = await change(session, 'down', 'down', 'down');
			assert.ok(down.includes('› 4 Taichi Graphics'), frameText(down));
			const back = await change(session, 'up', 'up', 'j');
			assert.ok(back.includes('› 3 debank.com'), frameText(back));
		});
	});

	test('80×24: letters and Enter that arrive in one read each count', async () => {
		await withSession({cols: 80, rows: 24}, async (session) => {
			await session.ready();
			const moved = await change(session, 'j', 'j', 'j');
			assert.ok(moved.includes('› 4 Taichi Graphics'), frameText(moved));
			const opened = await change(session, '5', 'return');
			assert.ok(opened.includes(panel), `Enter moved the focus to the panel:\n${frameText(opened)}`);
			assert.ok(opened.includes('› 5 阿里云'), frameText(opened));
		});
	});
});
