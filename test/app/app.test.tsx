import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringWidth from 'string-width';
import {draw, plainTheme, unmountAfterEach} from '../support/draw.js';
import {chartAt46} from '../support/timeline-text.js';

unmountAfterEach();

for (const [columns, rows] of [
	[100, 30],
	[80, 24],
	[60, 20],
	[40, 12],
	[30, 8],
] as const) {
	test(`at ${columns}×${rows} the frame fits: no row wider, every row of the terminal`, async () => {
		const frame = await draw(columns, rows).waitFor((text) => text.includes('个人资料'));
		const lines = frame.split('\n');
		assert.equal(lines.length, rows);
		for (const line of lines) {
			assert.ok(stringWidth(line) <= columns, `too wide (${stringWidth(line)}): ${line}`);
		}
	});
}

test('at 80×24 the menu sits beside the panel, with every entry and each period', async () => {
	const frame = await draw(80, 24).waitFor((text) => text.includes('个人资料'));
	const lines = frame.split('\n');
	assert.equal(lines[0], ' Aster Lin · Staff SRE   aster@example.com · https://aster.example.org');
	assert.match(lines[1]!, /^┏━ Aster Lin ━+┓╭─ 个人资料 ─+╮$/);
	assert.match(lines[2]!, /^┃ › 1 个人资料 +┃│ Aster Lin 个人简历 +│$/);
	for (const entry of [
		'2 技能',
		'3 northwind.example & h…',
		'2021.03-2024.06',
		'7 青松数据有限公司',
		'2014.07-2017.03',
	]) {
		assert.ok(frame.includes(entry), `missing ${entry}`);
	}

	assert.equal(lines.at(-1), ' ↑↓ 移动  ⏎ 阅读  1–7 跳转  / 搜索  t English  c 复制邮箱  ? 帮助  q 退出');
});

test('below 80 columns the menu stacks above the panel', async () => {
	const frame = await draw(60, 20).waitFor((text) => text.includes('个人资料'));
	const lines = frame.split('\n');
	assert.deepEqual(lines.slice(0, 3), [
		' Aster Lin · Staff SRE',
		' aster@example.com · https://aster.example.org',
		`┏━ Aster Lin ${'━'.repeat(46)}┓`,
	]);
	assert.match(lines[3]!, /^┃ › 1 个人资料 +┃$/);
	assert.ok(lines.some((line) => /^╭─ 个人资料 ─+╮$/.test(line)));
});

test('below the minimum size one line asks for a larger terminal, wrapped where even it is too wide', async () => {
	const drawn = (columns: number, rows: number, language: 'zh' | 'en') =>
		draw(columns, rows, {language}).waitFor((text) => text.length > 0);
	assert.equal(await drawn(29, 8, 'en'), 'Too small: 29×8, need 30×8');
	assert.equal(await drawn(12, 5, 'en'), 'Too small:\n12×5, need\n30×8');
	assert.equal(await drawn(29, 8, 'zh'), '终端太小：29×8，至少需要 30×8');
});

test('arrowing down shows every entry in the panel at once: tasks and results of every job', async () => {
	const app = draw(100, 30);
	await app.waitFor((text) => text.includes('› 1 个人资料'));
	const expected = [
		['2 技能', '技能', '1. 熟悉分布式系统的设计与运维'],
		['3 northwind.example & h…', '2021.03-2024.06 Staff SRE@northwind.example & harbor.example', '工作成果'],
		['4 Lumen Labs', '2020.01-2021.02 Platform Engineer@Lumen Labs', '3. 开源社区协作'],
		['5 云杉科技（内部调转）', '2018.06-2019.12 云杉科技（内部调转）', '工作成果'],
		['6 白鹭网络', '2017.09-2018.05 白鹭网络', '负责白鹭网络内部配置中心 Heron 相关开发工作'],
		['7 青松数据有限公司', '2014.07-2017.03 青松数据有限公司', '工作成果'],
	] as const;
	for (const [entry, title, text] of expected) {
		app.press('down');
		const frame = await app.waitFor((current) => current.includes(`› ${entry}`));
		assert.ok(frame.includes(`─ ${title} ─`), `panel title for ${entry}`);
		assert.ok(frame.includes(text), `panel text for ${entry}`);
		assert.ok(frame.includes('工作内容') || entry === '2 技能', `tasks for ${entry}`);
	}
});

test('a frame title cut beside a Chinese character keeps the frame whole', async () => {
	const app = draw(40, 12);
	await app.waitFor((text) => text.includes('› 1 个人资料'));
	app.press('5');
	const frame = await app.waitFor((text) => text.includes('› 5 云杉科技'));
	assert.ok(frame.split('\n').includes('╭─ 2018.06-2019.12 云杉科技（内部调… ──╮'), frame);
});

test('the profile panel draws the career as a chart at its width: 46 columns at 80×24, in ASCII with --ascii', async () => {
	const panel = (frame: string) =>
		frame
			.split('\n')
			.slice(12, 12 + chartAt46.length)
			.map((line) => line.slice(line.indexOf('│') + 2, -2).trimEnd());
	const chart = chartAt46;
	assert.deepEqual(panel(await draw(80, 24).waitFor((text) => text.includes(chartAt46[0]))), chart);
	const ascii = await draw(80, 24, {theme: plainTheme({unicode: false})}).waitFor((text) =>
		text.includes(chartAt46[0]),
	);
	assert.deepEqual(
		panel(ascii.replaceAll('|', '│')),
		chart.map((line) => line.replaceAll('█', '#').replaceAll(/[├┬┤]/g, '+').replaceAll('─', '-')),
	);
});
