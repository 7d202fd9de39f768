import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringWidth from 'string-width';
import stringsFor from '../source/strings/index.js';
import layoutHelp from '../source/ui/help-layout.js';
import {keyLabel, keyRows} from '../source/ui/key-labels.js';
import {bindings} from '../source/ui/keys.js';
import {draw, plainTheme, unmountAfterEach} from './support/draw.js';
import {nonAsciiMarks} from './support/screen-text.js';

unmountAfterEach();

/** The app, its first frame, and the help screen over it. */
const open = async (columns: number, rows: number, language: 'zh' | 'en' = 'en') => {
	const app = draw(columns, rows, {language});
	const start = await app.waitFor((frame) => frame.includes('Manjusaka ·'));
	app.press('?');
	const frame = await app.waitFor((current) => current.includes(stringsFor(language).helpScreen.title));
	return {...app, start, frame};
};

for (const language of ['en', 'zh'] as const) {
	test(`${language}: ? lists every key of the key table and what it does, and the footer says how to close it`, async () => {
		const strings = stringsFor(language);
		const {frame} = await open(80, 24, language);
		const lines = frame.split('\n');
		assert.equal(lines.length, 23);
		assert.match(lines[0]!, new RegExp(`^┏━ ${strings.helpScreen.title} ━+┓$`));
		for (const binding of bindings) {
			const row = new RegExp(
				`┃ {3}${keyLabel(binding).replaceAll(/[+?]/g, '\\$&')} +${strings.commands[binding.command]} +┃`,
			);
			assert.match(frame, row, `${binding.command} is listed`);
		}

		for (const scope of Object.values(strings.scopes)) {
			assert.ok(frame.includes(`┃ ${scope} `), scope);
		}

		assert.equal(lines.at(-1), ` ${strings.helpScreen.close}`);
	});
}

test('in a short, wide terminal the help takes two columns, so every key still shows', async () => {
	const {frame} = await open(100, 15);
	const lines = frame.split('\n');
	assert.equal(lines.length, 14);
	for (const line of lines) {
		assert.ok(stringWidth(line) <= 100, line);
	}

	assert.match(frame, /┃ Anywhere {20,}In the panel +┃/);
	assert.match(frame, /Ctrl\+C +quit with exit status 130/);
	assert.match(frame, /G End +go to the end/);
});

test('in a terminal too small for all the keys, the help is cut with an ellipsis and stays inside its frame', async () => {
	const {frame} = await open(40, 12);
	const lines = frame.split('\n');
	assert.equal(lines.length, 11);
	assert.match(lines.at(-3)!, /^┃ … +┃$/);
	for (const line of lines) {
		assert.ok(stringWidth(line) <= 40, line);
	}
});

test('any key closes the help and does nothing else; q closes it rather than quitting', async () => {
	const app = await open(80, 24);
	app.press('j');
	assert.equal(await app.waitFor((frame) => frame !== app.frame), app.start, 'j closed the help and moved nothing');
	app.press('?');
	const help = await app.waitFor((frame) => frame.includes('━ Keys ━'));
	app.press('q');
	assert.equal(await app.waitFor((frame) => frame !== help), app.start, 'q closed the help');
	app.press('down');
	const moved = await app.waitFor((frame) => frame !== app.start);
	assert.match(moved, /› 2 Skills/, 'the app still runs after that q');
});

test('a key the app has no name for, such as Backspace, closes the help too', async () => {
	const app = await open(80, 24);
	app.keys.write('\u007F');
	assert.equal(await app.waitFor((frame) => frame !== app.frame), app.start);
});

test('--ascii: the help screen and its footer are ASCII', async () => {
	const app = draw(80, 24, {language: 'en', theme: plainTheme({unicode: false})});
	await app.waitFor((frame) => frame.includes('Manjusaka -'));
	app.press('?');
	const frame = await app.waitFor((current) => current.includes('Press any key'));
	assert.deepEqual(nonAsciiMarks(frame), [], frame);
	assert.match(frame, /1-9 +jump to entry 1-9/);
});

test('the help layout: one column when it fits, two when that fits, else cut', () => {
	const groups = keyRows(stringsFor('en'));
	const lines = groups.reduce((sum, group) => sum + group.rows.length + 1, 0);
	assert.equal(layoutHelp(groups, 76, lines, '…').length, lines);
	assert.ok(layoutHelp(groups, 76, lines, '…').every((cells) => cells.length === 1));
	const two = layoutHelp(groups, 96, 11, '…');
	assert.equal(two.length, 11);
	assert.deepEqual(
		two
			.filter((cells) => cells.some((cell) => cell.heading))
			.flatMap((cells) => cells.filter((cell) => cell.heading).map((cell) => cell.text.trim())),
		['Anywhere', 'In the panel', 'In the menu'],
	);
	const cut = layoutHelp(groups, 36, 7, '…');
	assert.equal(cut.length, 7);
	assert.deepEqual(cut.at(-1), [{text: '…', heading: false}]);
});
