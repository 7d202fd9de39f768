import assert from 'node:assert/strict';
import {test} from 'node:test';
import drawTimeline from '../../source/document/timeline.js';
import glyphsFor from '../../source/theme/glyphs.js';
import fixtureResumes from '../support/fixture-resumes.js';
import {withMemoryApp} from '../support/memory-app.js';
import {frameText} from '../support/screen.js';
import {scrollNote} from '../support/screen-text.js';

// The chart itself (its years, bars and labels) is test/app/timeline.test.ts's; here, that the
// profile's panel shows it whole, at the panel's width, in Unicode or ASCII, scrolled to.

/** The fixture's chart at `width`, as the panel draws it. */
function chart(width: number, unicode = true): string[] {
	const {timeline, ellipsis} = glyphsFor({unicode});
	const style = {marks: timeline, ellipsis, bar: (text: string) => text, axis: (text: string) => text};
	const rows = fixtureResumes.zh.work.jobs.map(({company, period}) => ({label: company, ...period}));
	return drawTimeline(rows, width, style).map((line) => line.trimEnd());
}

/** The panel's rows of text from the one that starts with `first`, as many as `count`, without the frame. */
function panelRows(screen: string, first: string, count: number): string[] {
	const rows = screen.split('\n').map((row) => {
		// The panel's left border, focused or not: the last one before the right border.
		const inside = row.slice(0, -1);
		return inside
			.slice(Math.max(inside.lastIndexOf('│'), inside.lastIndexOf('┃'), inside.lastIndexOf('|')) + 2)
			.trimEnd();
	});
	const start = rows.findIndex((row) => row.startsWith(first));
	assert.ok(start >= 0, `${first} is in the panel:\n${frameText(screen)}`);
	return rows.slice(start, start + count);
}

test('80×24: the profile panel ends with the chart of the jobs, 46 columns wide', async () => {
	const expected = chart(46);
	await withMemoryApp({columns: 80, rows: 24}, async (app) => {
		const screen = await app.waitForText(expected[1]!);
		assert.deepEqual(panelRows(screen, expected[0]!, expected.length), expected);
	});
});

test('40 columns: the chart at 36, scrolled to its end as a reader would', async () => {
	const expected = chart(36);
	await withMemoryApp({columns: 40, rows: 12}, async (app) => {
		await app.waitForText('› 1 ');
		app.press('return', 'G');
		const end = await app.waitFor(
			(screen) => {
				const note = scrollNote(screen);
				return note !== undefined && note.last === note.total;
			},
			undefined,
			'the end of the panel',
		);
		const last = expected.slice(-4);
		assert.deepEqual(panelRows(end, last[0]!, 4), last, frameText(end));
	});
});

test('--ascii, 80×24: the same chart in ASCII', async () => {
	const expected = chart(46, false);
	await withMemoryApp({columns: 80, rows: 24, unicode: false}, async (app) => {
		const screen = await app.waitForText(expected[1]!);
		assert.deepEqual(panelRows(screen, expected[0]!, expected.length), expected);
	});
});
