import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {InputEvent} from '../../source/keys/input-event.js';
import {type Binding, bindings} from '../../source/keys/key-table.js';
import {jumpRange} from '../../source/keys/labels.js';
import {hints} from '../../source/keys/lookup.js';
import stringsFor from '../../source/strings/index.js';
import InputParser from '../../source/terminal/parse-input.js';
import {draw, unmountAfterEach} from '../support/draw.js';
import {bytesFor} from '../support/key-bytes.js';

unmountAfterEach();

// What each key of the key table does is checked key by key in test/app/key-table.test.ts;
// here, how keys reach the table.

/** The app at 100×14, in Chinese, and its first frame. */
async function start() {
	const app = draw(100, 14);
	const first = await app.waitFor((frame) => frame.includes('› 1 个人资料'));
	return {...app, first};
}

test('8 and 9 do nothing when there are only seven entries', async () => {
	const app = await start();
	app.press('8');
	app.press('9');
	app.press('down');
	// Had 8 or 9 selected anything, that frame would have come first, or the down arrow moved on from there.
	const frame = await app.waitFor((current) => current !== app.first);
	assert.match(frame, /› 2 技能/);
});

test('keys that arrive together each count: "jjj" moves three entries, "5\\r" jumps and opens', async () => {
	const app = await start();
	app.press('j', 'j', 'j');
	const moved = await app.waitFor((frame) => frame !== app.first);
	assert.match(moved, /› 4 Lumen/);
	app.press('5', 'return');
	const opened = await app.waitFor((frame) => frame.includes('Esc 菜单'));
	assert.match(opened, /› 5 云杉科技/, 'the 5 counted before the Enter');
	assert.match(opened, /━ 2018\.06-2019\.12 云杉科技（内部调转） ━/, 'the focused panel shows that job');
});

test('a key the table does not name changes nothing', async () => {
	const app = await start();
	app.press('x');
	app.press('down');
	const frame = await app.waitFor((current) => current !== app.first);
	assert.match(frame, /› 2 技能/, 'only the down arrow moved the highlight');
});

test('every key in the table is what the parser reads from its bytes, and each is bound once per focus and layer', () => {
	const places = {
		menu: (b: Binding) => b.scope === 'menu' || b.scope === 'global',
		panel: (b: Binding) => b.scope === 'panel' || b.scope === 'global',
		typing: (b: Binding) => b.scope === 'typing' || b.always === true,
		found: (b: Binding) => b.scope === 'found',
	};
	for (const [focus, applies] of Object.entries(places)) {
		const names = bindings.filter((b) => applies(b)).flatMap((b) => b.keys);
		assert.equal(new Set(names).size, names.length, `a key is bound twice in the ${focus}`);
		for (const name of names) {
			const events: InputEvent[] = [];
			const parser = new InputParser((event) => events.push(event));
			parser.feed(bytesFor(name));
			parser.flush();
			assert.deepEqual(events, [{kind: 'key', name}], `the bytes of "${name}"`);
		}
	}
});

test('the footer is printed from the key table, in each language', () => {
	const footer = (focus: 'menu' | 'panel', language: 'zh' | 'en') =>
		hints(focus).map(
			({keys: shown, action}) =>
				`${shown === 'jump-range' ? jumpRange(7) : shown} ${stringsFor(language).actions[action]}`,
		);
	assert.deepEqual(footer('menu', 'en'), [
		'↑↓ move',
		'⏎ read',
		'1–7 jump',
		'/ search',
		't 中文',
		'c copy e-mail',
		'? help',
		'q quit',
	]);
	assert.deepEqual(footer('panel', 'en'), [
		'↑↓ scroll',
		'Esc menu',
		'PgUp/PgDn page',
		'g/G top/end',
		'1–7 jump',
		'/ search',
		't 中文',
		'c copy e-mail',
		'? help',
		'q quit',
	]);
	assert.deepEqual(footer('menu', 'zh'), [
		'↑↓ 移动',
		'⏎ 阅读',
		'1–7 跳转',
		'/ 搜索',
		't English',
		'c 复制邮箱',
		'? 帮助',
		'q 退出',
	]);
});
