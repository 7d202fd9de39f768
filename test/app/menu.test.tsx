import assert from 'node:assert/strict';
import {test} from 'node:test';
import {jumpRange} from '../../source/keys/labels.js';
import {hints} from '../../source/keys/lookup.js';
import stringsFor from '../../source/strings/index.js';
import fitHints from '../../source/ui/layout/fit-hints.js';
import {windowStart} from '../../source/ui/layout/layout.js';
import {draw, unmountAfterEach} from '../support/draw.js';
import {play} from '../support/steps.js';

unmountAfterEach();

test('the menu window keeps the selection in its middle, within the list', () => {
	assert.deepEqual(
		[0, 1, 2, 3, 4, 5, 6].map((selected) => windowStart(selected, 3, 7)),
		[0, 0, 1, 2, 3, 4, 4],
	);
	assert.deepEqual(
		[0, 1, 2, 3, 4, 5, 6].map((selected) => windowStart(selected, 4, 7)),
		[0, 0, 1, 2, 3, 3, 3],
	);
	assert.equal(windowStart(5, 1, 7), 5);
	assert.equal(windowStart(6, 7, 7), 0, 'everything fits');
});

test('a narrow footer keeps the hints by rank (moving and going back, then quit, help, the language), in table order', () => {
	const {actions} = stringsFor('en');
	const panel = hints('panel').map((hint) => ({
		keys: hint.keys === 'jump-range' ? jumpRange(7) : hint.keys,
		action: actions[hint.action],
		rank: hint.rank,
	}));
	assert.deepEqual(
		fitHints(panel, 40).map(({action}) => action),
		['scroll', 'menu', 'help', 'quit'],
	);
	// "  PgUp/PgDn page" takes 16 columns: past 69 with what is taken; "  g/G top/end" fits after it.
	assert.deepEqual(
		fitHints(panel, 69).map(({action}) => action),
		['scroll', 'menu', 'top/end', 'search', '中文', 'help', 'quit'],
		'a later hint that fits comes in after one that did not',
	);
	assert.deepEqual(fitHints(panel, 200), panel);
	assert.deepEqual(
		fitHints(panel, 22).map(({action}) => action),
		['scroll', 'menu'],
	);
});

test('at 40×12 the two-entry menu follows the selection down and up, with its position', async () => {
	const app = draw(40, 12);
	await app.waitFor((frame) => frame.includes('› 1 个人资料'));
	for (const [key, entry] of [
		['down', '2 技能'],
		['down', '3 northwind.example & harbor.exam…'],
		['up', '2 技能'],
	] as const) {
		app.press(key);
		const frame = await app.waitFor((current) => current.includes(`› ${entry}`));
		const lines = frame.split('\n');
		assert.match(lines[2]!, new RegExp(`^┃ › ${entry} +┃$`));
		assert.match(lines[4]!, new RegExp(`━ ${entry[0]}/7 ━┛$`));
		assert.equal(lines.at(-1), ' ↑↓ 移动  ⏎ 阅读  ? 帮助  q 退出');
	}
});

test('a resize that shows more entries keeps the selection', async () => {
	const app = draw(60, 20);
	await app.waitFor((frame) => frame.includes('› 1 个人资料'));
	await play(app, [
		['down', '› 2 技能'],
		['tab', 'Esc 菜单'],
		['down', '━ 2–'],
	]);
	app.resize(100, 14);
	await app.waitFor((current) => current.includes('7 青松数据'));
	// A key after the resize: its frame comes after any effect the resize set off.
	app.press('j');
	const frame = await app.waitFor((current) => current.includes('━ 3–'));
	assert.match(frame, /› 2 技能/);
	assert.doesNotMatch(frame, /› 1 个人资料/);
});
