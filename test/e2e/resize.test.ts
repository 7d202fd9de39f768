import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {frameText} from '../support/screen.js';
import {atEnd, focused} from '../support/screen-text.js';
import {play, type Step} from '../support/steps.js';
import {type Session, start, withSession} from './harness.js';

type Size = readonly [cols: number, rows: number];

const jobSelected: Step[] = [['5', '› 5 阿里云']];
const panelFocused: Step[] = [...jobSelected, ['return', focused.panel]];

/** From the first frame, the steps played, and the screen once settled. */
async function fromStart(session: Session, steps: readonly Step[]): Promise<string> {
	if (session.terminal.cols < 30 || session.terminal.rows < 8) {
		// Too small: one line whatever the keys did.
		return session.ready('30×8');
	}

	await session.ready();
	await play(session, steps);
	return session.settled();
}

/** Waits for the screen to become `expected` and stay so; fails with the difference. */
async function untilShown(session: Session, expected: string, when: string) {
	try {
		await session.waitFor((text) => text === expected, undefined, `the screen of a fresh start, ${when}`);
	} catch {
		assert.equal(session.text(), expected, `${when}, the screen is what a fresh start draws`);
	}

	assert.equal(await session.settled(), expected, `${when}, nothing more is drawn`);
}

// A fresh start at each size, after the same keys: what a resize must come to. Shared by the tests.
const fresh = new Map<string, Promise<string>>();
function freshScreen([cols, rows]: Size, steps: readonly Step[]): Promise<string> {
	const key = `${cols}×${rows} ${steps.map(([step]) => step).join(' ')}`;
	const screen = fresh.get(key) ?? withSession({cols, rows}, (session) => fromStart(session, steps));
	fresh.set(key, screen);
	return screen;
}

async function resizeThrough(sizes: readonly Size[], steps: readonly Step[]) {
	const [first, ...next] = sizes;
	const [cols, rows] = first!;
	for (const size of sizes) {
		void freshScreen(size, steps).catch(() => undefined);
	}

	const session = start({cols, rows});
	try {
		assert.equal(await fromStart(session, steps), await freshScreen(first!, steps));
		for (const size of next) {
			const expected = await freshScreen(size, steps);
			await session.resize(...size);
			await untilShown(session, expected, `after a resize to ${size.join('×')}`);
			assert.deepEqual(session.wrappedRows(), [], `no row wraps at ${size.join('×')}:\n${frameText(expected)}`);
		}

		session.press('q');
		assert.equal((await session.exit).exitCode, 0);
	} finally {
		await session.close();
	}
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
		const reference = freshScreen([60, 20], panelFocused);
		await withSession({cols: 120, rows: 40}, async (session) => {
			await fromStart(session, panelFocused);
			const sizes: Size[] = [
				[100, 30],
				[40, 12],
				[90, 20],
				[60, 20],
			];
			for (const [cols, rows] of sizes) {
				await session.resize(cols, rows);
			}

			await untilShown(session, await reference, 'after the last resize');
		});
	});
});
