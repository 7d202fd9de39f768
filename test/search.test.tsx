import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringWidth from 'string-width';
import {draw, plainTheme, unmountAfterEach} from './support/draw.js';

unmountAfterEach();

// The styles of a match as the plain theme paints it: reversed; the one gone to also bold and underlined.
const match = (text: string) => `\u001B[7m${text}\u001B[27m`;
const current = (text: string) => `\u001B[1m\u001B[4m\u001B[7m${text}\u001B[27m\u001B[24m\u001B[22m`;

async function start(columns: number, rows: number, language: 'zh' | 'en' = 'zh') {
	const app = draw(columns, rows, {language});
	await app.waitFor((frame) => frame.includes('› 1 '));
	return app;
}

test('80×24: as TiDB is typed the footer is the query line and the menu counts each entry’s matches', async () => {
	const app = await start(80, 24);
	app.press('/', 'T', 'i', 'D', 'B');
	const frame = await app.waitFor((text) => text.includes('/TiDB'));
	const lines = frame.split('\n');
	assert.equal(lines.at(-1), ' /TiDB   1 处匹配  ⏎ 前往  Esc 关闭');
	assert.deepEqual(
		lines.map((line) => line.split('┃')[1]).filter((menu) => menu && / [2-7] /.test(menu)),
		[
			'   2 About Me               ',
			'   3 debank.com & rabb…  1  ',
			'   4 Taichi Graphics        ',
			'   5 阿里云（内部调转）     ',
			'   6 饿了么                 ',
			'   7 北京闪银科技有限公司   ',
		],
	);
	assert.ok(app.styledFrame().includes(match(' 1 ')), 'the count is a reversed tag');
	assert.ok(app.styledFrame().includes(`TiDB${match(' ')}`), 'the cursor is a reversed cell after the query');
	assert.ok(lines[1]!.startsWith('┏━ Manjusaka ━'), 'the menu keeps the focus while the query is typed');
});

test('80×24: Enter goes to the match, marks it, and the footer says which of how many', async () => {
	const app = await start(80, 24);
	app.press('/', 'T', 'i', 'D', 'B', 'return');
	const frame = await app.waitFor((text) => text.includes('TiDB 1/1'));
	assert.match(frame, /┏━ 2022\.04-2024\.12 Senior SRE@debank\.com & rab… ━┓/);
	assert.match(frame, /┃ {2}6\. 基于 TiDB 构建 PB 级数据平台，持续跟进数据 ┃/);
	assert.equal(frame.split('\n').at(-1), ' /TiDB 1/1  n/N 下一处/上一处  Esc 关闭  ↑↓ 滚动  t English  ? 帮助  q 退出');
	assert.ok(app.styledFrame().includes(current('TiDB')), 'the match gone to is marked');
});

test('80×24: 监控 split by wrapping is marked on both lines; n walks the matches and wraps round', async () => {
	const app = await start(80, 24);
	app.press('/', '监', '控', 'return');
	const first = await app.waitFor((text) => text.includes('/监控 1/4'));
	assert.match(first, /› 3 debank/);
	assert.ok(app.styledFrame().includes(`持续${current('监控')}-反馈`), app.styledFrame());
	app.press('n', 'n', 'n');
	const third = await app.waitFor((text) => text.includes('/监控 4/4'));
	assert.match(third, /› 5 阿里云/);
	// The fourth, in 阿里云's third result, is `监` at the end of one line and `控` at the start of the next.
	const styled = app.styledFrame();
	assert.ok(styled.includes(`链路${current('监')} ┃`) && styled.includes(`┃     ${current('控')}   `), styled);
	assert.ok(styled.includes(match('监控')), 'the other matches of the entry are marked too');
	app.press('n');
	await app.waitFor((text) => text.includes('/监控 1/4') && text.includes('› 3 debank'));
	app.press('N');
	await app.waitFor((text) => text.includes('/监控 4/4') && text.includes('› 5 阿里云'));
});

test('Esc closes the search: no marks, no counts, the footer’s keys again', async () => {
	const app = await start(80, 24);
	app.press('/', 'T', 'i', 'D', 'B', 'return');
	await app.waitFor((text) => text.includes('TiDB 1/1'));
	app.press('escape');
	const closed = await app.waitFor((text) => !text.includes('/TiDB'));
	assert.equal(
		closed.split('\n').at(-1),
		' ↑↓ 滚动  Esc 菜单  g/G 顶/底  / 搜索  t English  c 复制邮箱  ? 帮助  q 退出',
	);
	assert.ok(
		!app.styledFrame().includes(match('TiDB')) && !app.styledFrame().includes(match(' 1 ')),
		'nothing is marked',
	);
	assert.match(closed, /│ › 3 debank\.com & rabby\.io {2}│/, 'no count');
});

test('t runs the search again in English, on the same entry', async () => {
	const app = await start(80, 24);
	app.press('/', 'Z', 'o', 'o', 'K', 'e', 'e', 'p', 'e', 'r', 'return');
	const zh = await app.waitFor((text) => text.includes('/ZooKeeper 1/2'));
	assert.match(zh, /› 6 饿了么/);
	assert.ok(app.styledFrame().includes(current('Zookeeper')));
	app.press('t');
	const en = await app.waitFor((text) => text.includes('Ele.me') && text.includes('/ZooKeeper 2 matches'));
	assert.match(en, /› 6 Ele\.me/);
	assert.ok(app.styledFrame().includes(match('ZooKeeper')), 'marked in the English text');
});

test('40×12: a long Chinese query shows its end by the cursor, and nothing is wider than the terminal', async () => {
	const app = await start(40, 12);
	app.press('/', ...'建立持续监控反馈迭代体系基于开源产品');
	const frame = await app.waitFor((text) => text.includes('品'));
	// 37 columns after ` /` and the cursor; `  无匹配` keeps 8 of them, the query shows in 29 (14 characters and `…`).
	assert.equal(frame.split('\n').at(-1), ' /…监控反馈迭代体系基于开源产品   无匹配');
	for (const line of frame.split('\n')) {
		assert.ok(stringWidth(line) <= 40, line);
	}
});

test('--ascii: the query line and the search footer are ASCII but for what is typed', async () => {
	const app = draw(80, 24, {language: 'en', theme: plainTheme({unicode: false})});
	await app.waitFor((text) => text.includes('> 1 Profile'));
	app.press('/', 'K', 'u', 'b', 'e');
	const typing = await app.waitFor((text) => text.includes('/Kube'));
	assert.equal(typing.split('\n').at(-1), ' /Kube   3 matches  Enter go  Esc close');
	app.press('return');
	const found = await app.waitFor((text) => text.includes('/Kube 1/3'));
	assert.equal(found.split('\n').at(-1), ' /Kube 1/3  n/N next/previous  Esc close  Up/Down scroll  ? help  q quit');
});
