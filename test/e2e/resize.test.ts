import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import afterKeys from '../support/barrier.js';
import {selected} from '../support/fixture-entries.js';
import {type MemoryApp, withMemoryApp} from '../support/memory-app.js';
import {frameText} from '../support/screen.js';
import {atEnd, focused} from '../support/screen-text.js';
import {play, type Step} from '../support/steps.js';
import {type Session, withSession} from './harness.js';

type Size = readonly [cols: number, rows: number];

const jobSelected: Step[] = [['5', selected(5)]];
const panelFocused: Step[] = [...jobSelected, ['return', focused.panel]];

/** Too small for the app: it shows one line, and no key shows on it. */
const tooSmall = (cols: number, rows: number) => cols < 30 || rows < 8;

/** From the first frame, the steps played, and the screen once every key is drawn: in the pty, or (a fresh start) in memory. */
async function fromStart(driver: Session | MemoryApp, [cols, rows]: Size, steps: readonly Step[]): Promise<string> {
	if (tooSmall(cols, rows)) {
		return driver.waitFor((text) => text.includes('30×8'), undefined, 'the too-small screen');
	}

	await driver.waitFor((text) => text.includes('个人资料'), undefined, 'the first frame');
	if ('waitForRawMode' in driver) {
		await driver.waitForRawMode();
	}

	await play(driver, steps);
	return afterKeys(driver);
}

/**
Waits for the screen to become `expected`, and to be so still behind the help's barrier (no
late frame of another size comes after it); fails with the difference.
*/
async function untilShown(session: Session, expected: string, when: string) {
	try {
		await session.waitFor((text) => text === expected, undefined, `the screen of a fresh start, ${when}`);
	} catch {
		assert.equal(session.text(), expected, `${when}, the screen is what a fresh start draws`);
	}

	if (!tooSmall(session.terminal.cols, session.terminal.rows)) {
		assert.equal(await afterKeys(session), expected, `${when}, nothing else is drawn`);
	}
}

// A fresh start at each size, after the same keys: what a resize must come to. Shared by the
// tests. The same app drawn in memory: a pty more for each would only add a process's start.
const fresh = new Map<string, Promise<string>>();
function freshScreen(size: Size, steps: readonly Step[]): Promise<string> {
	const [columns, rows] = size;
	const key = `${columns}×${rows} ${steps.map(([step]) => step).join(' ')}`;
	const screen = fresh.get(key) ?? withMemoryApp({columns, rows}, (app) => fromStart(app, size, steps));
	fresh.set(key, screen);
	return screen;
}

async function resizeThrough(sizes: readonly Size[], steps: readonly Step[]) {
	const [first, ...next] = sizes;
	const [cols, rows] = first!;
	const expected = await Promise.all(sizes.map((size) => freshScreen(size, steps)));
	await withSession({cols, rows}, async (session) => {
		assert.equal(await fromStart(session, first!, steps), expected[0]);
		for (const [index, size] of next.entries()) {
			await session.resize(...size);
			await untilShown(session, expected[index + 1]!, `after a resize to ${size.join('×')}`);
			assert.deepEqual(
				session.wrappedRows(),
				[],
				`no row wraps at ${size.join('×')}:\n${frameText(expected[index + 1]!)}`,
			);
		}

		session.press('q');
		assert.equal((await session.exit).exitCode, 0);
	});
}

describe('after a resize the screen is what a fresh start at that size draws', {concurrency: true}, () => {
	test('120×40 → 40×12 → 120×40, at the start', {timeout: 60_000}, () =>
		resizeThrough(
			[
				[120, 40],
				[40, 12],
				[120, 40],
			],
			[],
		),
	);

	test('100×30 → 60×20 → 100×30, a job selected and the panel focused', {timeout: 60_000}, () =>
		resizeThrough(
			[
				[100, 30],
				[60, 20],
				[100, 30],
			],
			panelFocused,
		),
	);

	test('80×16 → 120×40 → 80×16, a long panel scrolled to its end', {timeout: 60_000}, () =>
		resizeThrough(
			[
				[80, 16],
				[120, 40],
				[80, 16],
			],
			[...panelFocused, ['G', atEnd]],
		),
	);

	test('100×30 → 40×12 → 60×20, a job selected: the menu window as a fresh start shows it', {timeout: 60_000}, () =>
		resizeThrough(
			[
				[100, 30],
				[40, 12],
				[60, 20],
			],
			jobSelected,
		),
	);

	test('80×24 → 29×8 (too small) → 80×24, the panel focused', {timeout: 60_000}, () =>
		resizeThrough(
			[
				[80, 24],
				[29, 8],
				[80, 24],
			],
			panelFocused,
		),
	);

	test('resizes one after another without waiting: the last size is drawn as a fresh start', {
		timeout: 60_000,
	}, async () => {
		const reference = await freshScreen([60, 20], panelFocused);
		await withSession({cols: 120, rows: 40}, async (session) => {
			await fromStart(session, [120, 40], panelFocused);
			const sizes: Size[] = [
				[100, 30],
				[40, 12],
				[90, 20],
				[60, 20],
			];
			for (const [cols, rows] of sizes) {
				await session.resize(cols, rows);
			}

			await untilShown(session, reference, 'after the last resize');
		});
	});
});
