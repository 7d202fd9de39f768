import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringWidth from 'string-width';
import {draw, plainTheme, unmountAfterEach} from '../support/draw.js';

unmountAfterEach();

// The styles of a match as the plain theme paints it: reversed; the one gone to also bold and underlined.
const match = (text: string) => `\u001B[7m${text}\u001B[27m`;
const current = (text: string) => `\u001B[1m\u001B[4m\u001B[7m${text}\u001B[27m\u001B[24m\u001B[22m`;

async function start(columns: number, rows: number, language: 'zh' | 'en' = 'zh') {
	const app = draw(columns, rows, {language});
	await app.waitFor((frame) => frame.includes('› 1 '));
	return app;
}

// The tests' own résumé holds Vitess once, in the results of its third entry.
test('80×24: as Vitess is typed the footer is the query line and the menu counts each entry’s matches', async () => {
	const app = await start(80, 24);
	app.press('/', ...'Vitess');
	const frame = await app.waitFor((text) => text.includes('/Vitess'));
	const lines = frame.split('\n');
	assert.equal(lines.at(-1), ' /Vitess   1 处匹配  ⏎ 前往  Esc 关闭');
	assert.deepEqual(
		lines.map((line) => line.split('┃')[1]).filter((menu) => menu && / [2-7] /.test(menu)),
		[
			'   2 技能                   ',
			'   3 northwind.example…  1  ',
			'   4 Lumen Labs             ',
			'   5 云杉科技（内部调转）   ',
			'   6 白鹭网络               ',
			'   7 青松数据有限公司       ',
		],
	);
	assert.ok(app.styledFrame().includes(match(' 1 ')), 'the count is a reversed tag');
	assert.ok(app.styledFrame().includes(`Vitess${match(' ')}`), 'the cursor is a reversed cell after the query');
	assert.ok(lines[1]!.startsWith('┏━ Aster Lin ━'), 'the menu keeps the focus while the query is typed');
});

test('80×24: Enter goes to the match, marks it, and the footer says which of how many', async () => {
	const app = await start(80, 24);
	app.press('/', ...'Vitess', 'return');
	const frame = await app.waitFor((text) => text.includes('Vitess 1/1'));
	assert.match(frame, /┏━ 2021\.03-2024\.06 Staff SRE@northwind\.example… ━┓/);
	assert.match(frame, /┃ {2}6\. 基于 Vitess 构建百 TB 级交易数据库，持续推 ┃/);
	assert.equal(
		frame.split('\n').at(-1),
		' /Vitess 1/1  n/N 下一处/上一处  Esc 关闭  ↑↓ 滚动  t English  ? 帮助  q 退出',
	);
	assert.ok(app.styledFrame().includes(current('Vitess')), 'the match gone to is marked');
});

// 开源 is in four entries, eight times; the first, in 技能's second item, is split by wrapping at 80 columns.
test('80×24: 开源 split by wrapping is marked on both lines; n walks the matches and wraps round', async () => {
	const app = await start(80, 24);
	app.press('/', '开', '源', 'return');
	const first = await app.waitFor((text) => text.includes('/开源 1/8'));
	assert.match(first, /› 2 技能/);
	const styled = app.styledFrame();
	assert.ok(styled.includes(`讲师。${current('开')} ┃`) && styled.includes(`┃     ${current('源')}项目`), styled);
	app.press('n');
	await app.waitFor((text) => text.includes('/开源 2/8') && text.includes('› 2 技能'));
	assert.ok(app.styledFrame().includes(match('开源')), 'the other matches of the entry are marked too');
	app.press('n');
	await app.waitFor((text) => text.includes('/开源 3/8') && text.includes('› 4 Lumen'));
	app.press('N', 'N', 'N');
	await app.waitFor((text) => text.includes('/开源 8/8') && text.includes('› 7 青松'));
	app.press('n');
	await app.waitFor((text) => text.includes('/开源 1/8') && text.includes('› 2 技能'));
});

test('Esc closes the search: no marks, no counts, the footer’s keys again', async () => {
	const app = await start(80, 24);
	app.press('/', ...'Vitess', 'return');
	await app.waitFor((text) => text.includes('Vitess 1/1'));
	app.press('escape');
	const closed = await app.waitFor((text) => !text.includes('/Vitess'));
	assert.equal(
		closed.split('\n').at(-1),
		' ↑↓ 滚动  Esc 菜单  g/G 顶/底  / 搜索  t English  c 复制邮箱  ? 帮助  q 退出',
	);
	assert.ok(
		!app.styledFrame().includes(match('Vitess')) && !app.styledFrame().includes(match(' 1 ')),
		'nothing is marked',
	);
	assert.match(closed, /│ › 3 northwind\.example & h… │/, 'no count');
});

// The Chinese writes Etcd where the English writes etcd: letters match whatever their case.
test('t runs the search again in English, on the same entry', async () => {
	const app = await start(80, 24);
	app.press('/', ...'etcd', 'return', 'n');
	const zh = await app.waitFor((text) => text.includes('/etcd 2/3'));
	assert.match(zh, /› 6 白鹭网络/);
	assert.ok(app.styledFrame().includes(current('Etcd')));
	app.press('t');
	const en = await app.waitFor((text) => text.includes('Bailu') && text.includes('/etcd 3 matches'));
	assert.match(en, /› 6 Bailu Networks/);
	assert.ok(app.styledFrame().includes(match('etcd')), 'marked in the English text');
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
	assert.equal(typing.split('\n').at(-1), ' /Kube   4 matches  Enter go  Esc close');
	app.press('return');
	const found = await app.waitFor((text) => text.includes('/Kube 1/4'));
	assert.equal(found.split('\n').at(-1), ' /Kube 1/4  n/N next/previous  Esc close  Up/Down scroll  ? help  q quit');
});
