import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringWidth from 'string-width';
import {bindings} from '../../source/keys/key-table.js';
import {keyLabel, keyRows} from '../../source/keys/labels.js';
import type {Door} from '../../source/model/door.js';
import stringsFor from '../../source/strings/index.js';
import layoutHelp from '../../source/ui/layout/help-layout.js';
import {draw, plainTheme, unmountAfterEach} from '../support/draw.js';
import {nonAsciiMarks} from '../support/screen-text.js';

unmountAfterEach();

/** The app, its first frame, and the help screen over it. */
const open = async (columns: number, rows: number, language: 'zh' | 'en' = 'en', door: Door = 'local') => {
	const app = draw(columns, rows, {language, door});
	const start = await app.waitFor((frame) => frame.includes('Aster Lin ·'));
	app.press('?');
	const frame = await app.waitFor((current) => current.includes(stringsFor(language).helpTitle));
	return {...app, start, frame};
};

for (const language of ['en', 'zh'] as const) {
	test(`${language}: ? lists every key of the key table and what it does, and the footer says how to close it`, async () => {
		const strings = stringsFor(language);
		// 30 lines of keys: one column, every line of it, in 34 rows.
		const {frame} = await open(80, 34, language);
		const lines = frame.split('\n');
		assert.equal(lines.length, 34);
		assert.match(lines[0]!, new RegExp(`^┏━ ${strings.helpTitle} ━+┓$`));
		for (const binding of bindings) {
			const row = new RegExp(
				`┃ {3}${keyLabel(binding, 7).replaceAll(/[+?]/g, '\\$&')} +${strings.commands[binding.command]} +┃`,
			);
			assert.match(frame, row, `${binding.command} is listed`);
		}

		for (const scope of Object.values(strings.scopes)) {
			assert.ok(frame.includes(`┃ ${scope} `), scope);
		}

		assert.equal(lines.at(-1), ` Esc ? q ${strings.actions.close}`, 'everything fits: nothing to scroll');
	});
}

test('over SSH the help lists every key but Ctrl+Z: a channel has no job control', async () => {
	for (const language of ['en', 'zh'] as const) {
		const strings = stringsFor(language);
		const {frame, unmount} = await open(80, 34, language, 'ssh');
		assert.ok(!frame.includes('Ctrl+Z'), frame);
		assert.ok(!frame.includes(strings.commands.suspend), frame);
		for (const binding of bindings.filter(({command}) => command !== 'suspend')) {
			assert.ok(frame.includes(strings.commands[binding.command]), `${binding.command} is listed`);
		}

		unmount();
	}
});

test('in a wide terminal too short for one column the help takes two, so every key still shows', async () => {
	const {frame} = await open(100, 19);
	const lines = frame.split('\n');
	assert.equal(lines.length, 19);
	for (const line of lines) {
		assert.ok(stringWidth(line) <= 100, line);
	}

	assert.match(frame, /┃ Anywhere {20,}In the menu +┃/);
	assert.match(frame, /┃ Typing a search {20,}PgDn Space +scroll down a page +┃/);
	assert.match(frame, /┃ {3}Backspace +delete a character +After a search +┃/);
	assert.equal(lines.at(-1), ' Esc ? q close', 'nothing to scroll');
	assert.match(frame, /Ctrl\+C +quit with exit status 130/);
	assert.match(frame, /G End +go to the end/);
});

test('in a terminal too small for all the keys, the help scrolls inside its frame and says where it is', async () => {
	const app = await open(40, 12);
	const lines = app.frame.split('\n');
	assert.equal(lines.length, 12);
	assert.match(lines.at(-2)!, /━ 1–9 \/ 31 ━┛$/);
	assert.equal(lines.at(-1), ' ↑↓ scroll  Esc ? q close');
	for (const line of lines) {
		assert.ok(stringWidth(line) <= 40, line);
	}

	app.press('G');
	const end = await app.waitFor((frame) => frame.includes('━ 23–31 / 31 ━'));
	assert.match(end, /N +previous match/);
	// Then a line up, whose effect is known: from the end, one line above it.
	app.press('pagedown', 'up');
	const up = await app.waitFor((frame) => frame !== end);
	assert.match(up, /━ 22–30 \/ 31 ━/, 'past the end nothing moved');
});

test('Esc, ? and q close the help; other keys do nothing behind it', async () => {
	const app = await open(80, 34);
	for (const key of ['j', '5', 't', 'return', '\u007F']) {
		// Then Esc, whose effect is known: it closes the help over what the key left behind it.
		app.keys.write(key);
		app.press('escape');
		const behind = await app.waitFor((frame) => !frame.includes('━ Keys ━'));
		assert.equal(behind, app.start, `${JSON.stringify(key)} changed nothing`);
		app.press('?');
		await app.waitFor((frame) => frame.includes('━ Keys ━'));
	}

	for (const key of ['escape', '?', 'q']) {
		app.press(key);
		assert.equal(await app.waitFor((frame) => !frame.includes('━ Keys ━')), app.start, `${key} closed the help`);
		app.press('?');
		await app.waitFor((frame) => frame.includes('━ Keys ━'));
	}
});

test('--ascii: the help screen and its footer are ASCII', async () => {
	const app = draw(80, 24, {language: 'en', theme: plainTheme({unicode: false})});
	await app.waitFor((frame) => frame.includes('Aster Lin -'));
	app.press('?');
	const frame = await app.waitFor((current) => current.includes('Esc ? q close'));
	// The é of résumé is the word's, not a mark.
	assert.deepEqual(
		nonAsciiMarks(frame).filter((mark) => mark !== 'é'),
		[],
		frame,
	);
	assert.match(frame, /1-7 +jump to an entry by its number/);
});

test('the help layout: one column when it fits, two when that fits, else one column to scroll', () => {
	const groups = keyRows(stringsFor('en'), 7, 'local');
	const lines = groups.reduce((sum, group) => sum + group.rows.length + 1, 0);
	assert.equal(layoutHelp(groups, 76, lines).length, lines);
	assert.ok(layoutHelp(groups, 76, lines).every((cells) => cells.length === 1));
	const two = layoutHelp(groups, 96, 16);
	assert.equal(two.length, 16);
	assert.deepEqual(
		two
			.filter((cells) => cells.some((cell) => cell.heading))
			.flatMap((cells) => cells.filter((cell) => cell.heading).map((cell) => cell.text.trim())),
		['Anywhere', 'In the menu', 'In the panel', 'Typing a search', 'After a search'],
	);
	const scrolled = layoutHelp(groups, 36, 7);
	assert.equal(scrolled.length, lines, 'every line, for the screen to scroll through');
	assert.ok(scrolled.every((cells) => cells.length === 1));
});
