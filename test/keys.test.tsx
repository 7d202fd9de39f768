import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringsFor from '../source/strings/index.js';
import InputParser, {type InputEvent} from '../source/terminal/parse-input.js';
import {bindings, type Command, hints} from '../source/ui/keys.js';
import {draw} from './draw.js';
import {bytesFor, keyBytes, unmountAfterEach, waitForFrame} from './helpers.js';

unmountAfterEach();

// 100×14 leaves nine rows of text in the panel, so the longer jobs scroll.
const columns = 100;
const rows = 14;

type Scenario = {
	/** Keys pressed first, each waited for. */
	readonly setup: ReadonlyArray<readonly [key: string, shows: RegExp]>;
	/** What the frame shows once the key under test has done its work. */
	readonly shows: RegExp;
};

const menu = /⏎ 阅读/;
const panel = /Esc 菜单/;
const inPanel: Scenario['setup'] = [
	['5', /› 5 阿里云/],
	[keyBytes.return, panel],
];
const scenarios: Record<Command, Scenario> = {
	previous: {setup: [[keyBytes.down, /› 2 技能/]], shows: /› 1 个人资料/},
	next: {setup: [], shows: /› 2 技能/},
	open: {setup: [], shows: panel},
	back: {setup: [[keyBytes.return, panel]], shows: menu},
	lineDown: {setup: inPanel, shows: /━ 2–10 \/ 17 ━/},
	lineUp: {setup: [...inPanel, [keyBytes.down, /━ 2–10 /]], shows: /━ 1–9 \/ 17 ━/},
	pageDown: {setup: inPanel, shows: /━ 9–17 \/ 17 ━/},
	pageUp: {setup: [...inPanel, ['G', /━ 9–17 \/ 17 ━/]], shows: /━ 1–9 \/ 17 ━/},
	top: {setup: [...inPanel, [keyBytes.pagedown, /━ 9–/]], shows: /━ 1–9 \/ 17 ━/},
	bottom: {setup: inPanel, shows: /━ \d+–(\d+) \/ \1 ━/},
	// The same entry, the same line, the other language: its title, its menu, its footer.
	language: {
		setup: [...inPanel, [keyBytes.down, /━ 2–10 /]],
		shows:
			/^(?=[\s\S]*› 5 Alibaba Cloud)(?=[\s\S]*━ 2019\.11-2021\.08 Alibaba Cloud)(?=[\s\S]*━ 2–\d+ \/ \d+ ━)(?=[\s\S]*Esc menu)/,
	},
	help: {
		setup: [],
		shows:
			/^(?=[\s\S]*━ 按键 ━)(?=[\s\S]*在菜单中)(?=[\s\S]*↑ k +上一项)(?=[\s\S]*Ctrl\+C +退出)(?=[\s\S]*按任意键关闭)/,
	},
	jump: {setup: [], shows: /./},
	quit: {setup: [], shows: /./},
	interrupt: {setup: [], shows: /./},
	suspend: {setup: [], shows: /./},
};

async function press(key: string, scenario: Scenario) {
	const {lastFrame, keys} = draw(columns, rows);
	await waitForFrame(lastFrame, (frame) => frame.includes('› 1 个人资料'));
	for (const [setupKey, shows] of scenario.setup) {
		keys.write(setupKey);
		await waitForFrame(lastFrame, (frame) => shows.test(frame));
	}

	const before = lastFrame();
	keys.write(bytesFor(key));
	return {lastFrame, keys, before};
}

for (const binding of bindings.filter(({command}) => !['jump', 'quit', 'interrupt', 'suspend'].includes(command))) {
	for (const key of binding.keys) {
		test(`${key} (${binding.scope}) does "${stringsFor('en').commands[binding.command]}"`, async () => {
			const scenario = scenarios[binding.command];
			const {lastFrame, before} = await press(key, scenario);
			const frame = await waitForFrame(lastFrame, (current) => current !== before && scenario.shows.test(current));
			assert.match(frame, scenario.shows);
		});
	}
}

for (const [index, label] of ['个人资料', '技能', 'debank.com', 'Taichi', '阿里云', '饿了么', '北京闪银'].entries()) {
	test(`${index + 1} jumps to entry ${index + 1}, from the menu and from the panel`, async () => {
		const start = index === 6 ? '1' : '7';
		const {lastFrame, keys} = await press(start, {setup: [[keyBytes.return, panel]], shows: /./});
		await waitForFrame(lastFrame, (frame) => frame.includes(`› ${start} `));
		keys.write(String(index + 1));
		const frame = await waitForFrame(lastFrame, (current) => current.includes(`› ${index + 1} ${label}`));
		assert.match(frame, panel, 'the focus stays where it was');
	});
}

test('8 and 9 do nothing when there are only seven entries', async () => {
	const {lastFrame, keys} = await press('8', {setup: [], shows: /./});
	keys.write('9');
	keys.write(keyBytes.down);
	// Had 8 or 9 selected anything, the down arrow would have moved on from there.
	const frame = await waitForFrame(lastFrame, (current) => current.includes('› 2 技能'));
	assert.doesNotMatch(frame, /› [13-9] /);
});

test('keys that arrive together each count: "jjj" moves three entries, "5\\r" jumps and opens', async () => {
	const {lastFrame, keys} = await press('jjj', {setup: [], shows: /./});
	await waitForFrame(lastFrame, (frame) => frame.includes('› 4 Taichi'));
	keys.write('5\r');
	const frame = await waitForFrame(lastFrame, (current) => current.includes('› 5 阿里云') && panel.test(current));
	assert.match(frame, panel);
});

test('a key the table does not name changes nothing', async () => {
	const {lastFrame, keys, before} = await press('x', {setup: [], shows: /./});
	keys.write(keyBytes.down);
	const frame = await waitForFrame(lastFrame, (current) => current !== before);
	assert.match(frame, /› 2 技能/, 'only the down arrow moved the highlight');
});

test('every key in the table is what the parser reads from its bytes, and each is bound once per focus', () => {
	for (const focus of ['menu', 'panel'] as const) {
		const names = bindings.filter((b) => b.scope === focus || b.scope === 'global').flatMap((b) => b.keys);
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
		hints(focus).map(({keys: shown, action}) => `${shown} ${stringsFor(language).actions[action]}`);
	assert.deepEqual(footer('menu', 'en'), ['↑↓ move', '⏎ read', '1–9 jump', 't 中文', '? help', 'q quit']);
	assert.deepEqual(footer('panel', 'en'), [
		'↑↓ scroll',
		'Esc menu',
		'PgUp/PgDn page',
		'g/G top/end',
		'1–9 jump',
		't 中文',
		'? help',
		'q quit',
	]);
	assert.deepEqual(footer('menu', 'zh'), ['↑↓ 移动', '⏎ 阅读', '1–9 跳转', 't English', '? 帮助', 'q 退出']);
});
