import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import afterKeys from '../support/barrier.js';
import {longest, longestJob, selected} from '../support/fixture-entries.js';
import {type MemoryApp, withMemoryApp} from '../support/memory-app.js';
import {frameText} from '../support/screen.js';
import {focused, scrollNote} from '../support/screen-text.js';

const {menu, panel} = focused;

/**
Presses `keys` in one write and returns the screen once they are drawn: behind the help's
barrier, or after Esc (which a `?` would join) once the screen has changed.
*/
async function change(app: MemoryApp, ...keys: string[]): Promise<string> {
	const before = app.text();
	if (keys.at(-1) !== 'escape') {
		const screen = await afterKeys(app, ...keys);
		assert.notEqual(screen, before, `${keys.join(' ')} changed the screen`);
		return screen;
	}

	app.press(...keys);
	return app.waitFor((text) => text !== before, undefined, `${keys.join(' ')} to change the screen`);
}

/** The first screen, once keys work. */
const ready = (app: MemoryApp) => app.waitForText(selected(1));

describe('moving around', () => {
	for (const [columns, rows] of [
		[80, 24],
		[40, 12],
	] as const) {
		test(`${columns}×${rows}: down to the last entry and up again gives the first screen back`, async () => {
			await withMemoryApp({columns, rows}, async (app) => {
				const start = await ready(app);
				const screens = [start];
				for (let entry = 2; entry <= 7; entry++) {
					screens.push(await change(app, 'down'));
					assert.ok(app.text().includes(`› ${entry} `), frameText(app.text()));
				}

				for (let entry = 6; entry >= 1; entry--) {
					const screen = await change(app, 'up');
					if (rows >= 24) {
						// Where the whole menu shows, every screen on the way back is the one on the way down.
						assert.equal(screen, screens[entry - 1], `entry ${entry} again`);
					}
				}

				assert.equal(app.text(), start);
			});
		});
	}

	test('80×24: into a job and out, to the next and back: the same screens', async () => {
		await withMemoryApp({columns: 80, rows: 24}, async (app) => {
			const start = await ready(app);
			const job = await change(app, '5');
			const opened = await change(app, 'return');
			assert.ok(opened.includes(panel), frameText(opened));
			assert.equal(await change(app, 'escape'), job);
			assert.ok((await change(app, 'down')).includes('› 6 '));
			assert.equal(await change(app, 'up'), job);
			assert.equal(await change(app, 'return'), opened);
			assert.equal(await change(app, 'h'), job);
			assert.equal(await change(app, '1'), start);
			assert.ok(start.includes(menu));
		});
	});

	const size = {columns: 80, rows: 15} as const;
	/** Opens the longest job: its panel at the top, and how many lines it shows of how many. */
	const open = async (app: MemoryApp) => {
		await ready(app);
		await change(app, String(longest));
		const top = await change(app, 'return');
		const note = scrollNote(top);
		assert.ok(note && note.first === 1 && note.total > note.last, frameText(top));
		return {top, shown: note.last, total: note.total};
	};

	test('80×15: a long panel, a line at a time to the end and back', async () => {
		await withMemoryApp(size, async (app) => {
			const {top, shown, total} = await open(app);
			const screens = [top];
			for (let first = 2; first <= total - shown + 1; first++) {
				const screen = await change(app, 'down');
				assert.deepEqual(scrollNote(screen), {first, last: first + shown - 1, total}, frameText(screen));
				screens.push(screen);
			}

			// The last line of the job shows at the bottom of the panel, and down goes no further.
			const end = screens.at(-1)!;
			const lastWords = longestJob.results!.items.at(-1)!.slice(-5);
			assert.ok(end.split('\n')[12]?.includes(lastWords), frameText(end));
			assert.equal(await afterKeys(app, 'down'), end, 'down at the end does nothing');
			for (let first = total - shown; first >= 1; first--) {
				assert.equal(await change(app, 'up'), screens[first - 1], `lines ${first}– again`);
			}

			assert.equal(await afterKeys(app, 'up'), top, 'up at the top does nothing');
		});
	});

	test('80×15: a long panel, a page at a time, and end and top', async () => {
		await withMemoryApp(size, async (app) => {
			const {top, shown, total} = await open(app);
			// A page keeps one line of the last, and stops at the end.
			const first = Math.min(shown, total - shown + 1);
			const page = await change(app, 'pagedown');
			assert.deepEqual(scrollNote(page), {first, last: first + shown - 1, total}, frameText(page));
			assert.equal(await change(app, 'pageup'), top);
			const end = await change(app, 'G');
			assert.deepEqual(scrollNote(end), {first: total - shown + 1, last: total, total}, frameText(end));
			assert.equal(await change(app, 'g'), top);
			assert.equal(await change(app, 'end'), end);
			assert.equal(await change(app, 'home'), top);
		});
	});

	test('80×24: arrow keys that arrive in one read each count', async () => {
		await withMemoryApp({columns: 80, rows: 24}, async (app) => {
			await ready(app);
			const down = await change(app, 'down', 'down', 'down');
			assert.ok(down.includes(selected(4)), frameText(down));
			const back = await change(app, 'up', 'up', 'j');
			assert.ok(back.includes(selected(3)), frameText(back));
		});
	});

	test('80×24: letters and Enter that arrive in one read each count', async () => {
		await withMemoryApp({columns: 80, rows: 24}, async (app) => {
			await ready(app);
			const moved = await change(app, 'j', 'j', 'j');
			assert.ok(moved.includes(selected(4)), frameText(moved));
			const opened = await change(app, '5', 'return');
			assert.ok(opened.includes(panel), `Enter moved the focus to the panel:\n${frameText(opened)}`);
			assert.ok(opened.includes(selected(5)), frameText(opened));
		});
	});
});
