import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import stringWidth from 'string-width';
import afterKeys from '../support/barrier.js';
import {type MemoryApp, withMemoryApp} from '../support/memory-app.js';
import {frameText} from '../support/screen.js';

// A search as a reader sees it, on the app in memory: the query line, the counts in the menu,
// the marks on the matches. The words are the fixture's (test/fixtures/resume).

const size = {columns: 80, rows: 24} as const;

/** The last row: the footer, or the query line. */
const footer = (screen: string) => screen.split('\n').at(-1)!;

/** Presses `keys` in one write and waits until the footer is `expected`; returns the screen. */
async function until(app: MemoryApp, expected: string, ...keys: string[]): Promise<string> {
	app.press(...keys);
	return app.waitFor((screen) => footer(screen) === expected, undefined, JSON.stringify(expected));
}

/** How each character of `text`, where it first stands on the screen, is drawn: `m` marked (reversed), `c` the match gone to (also bold), `-` neither. */
function marks(app: MemoryApp, text: string): string {
	const {screen} = app.terminal;
	const found = screen.locate(text);
	assert.ok(found, `${text} is on the screen:\n${frameText(app.text())}`);
	let x = found.x;
	return Array.from(text, (character) => {
		const {inverse, bold} = screen.attributes(x, found.y);
		x += stringWidth(character);
		return inverse ? (bold ? 'c' : 'm') : '-';
	}).join('');
}

const ready = (app: MemoryApp, text = '› 1 个人资料') => app.waitForText(text);

describe('search: / a query, Enter, n and N, Esc', () => {
	test('Vitess: q typed into the query does not quit; one match, in northwind; n and N stay on it; Esc clears it', async () => {
		await withMemoryApp(size, async (app) => {
			await ready(app);
			await until(app, ' /q   3 处匹配  ⏎ 前往  Esc 关闭', '/', 'q');
			await until(app, ' /   ⏎ 前往  Esc 关闭', 'backspace');
			const typed = await until(app, ' /Vitess   1 处匹配  ⏎ 前往  Esc 关闭', ...'Vitess');
			assert.match(typed, /┃ {3}3 northwind\.example… {2}1 {2}┃/, `the menu counts the match:\n${frameText(typed)}`);
			const found = await until(
				app,
				' /Vitess 1/1  n/N 下一处/上一处  Esc 关闭  ↑↓ 滚动  t English  ? 帮助  q 退出',
				'return',
			);
			assert.match(found, /┏━ 2021\.03-2024\.06 Staff SRE@northwind\.example… ━┓/, frameText(found));
			assert.equal(marks(app, 'Vitess 构建'), 'cccccc---', frameText(found));
			assert.equal(await afterKeys(app, 'n'), found, 'n: the only match, where it was');
			assert.equal(await afterKeys(app, 'N'), found, 'N: the same');
			const closed = await until(
				app,
				' ↑↓ 滚动  Esc 菜单  g/G 顶/底  / 搜索  t English  c 复制邮箱  ? 帮助  q 退出',
				'escape',
			);
			assert.equal(marks(app, 'Vitess 构建'), '---------', frameText(closed));
			assert.match(closed, /│ › 3 northwind\.example & h… │/, 'no count');
			app.press('q');
			assert.equal(await app.running.exited, 0);
		});
	});

	test('etcd finds Etcd and etcd: once in 技能, twice in 白鹭网络; n wraps round, N back; t runs it again in English', async () => {
		await withMemoryApp(size, async (app) => {
			await ready(app);
			const typed = await until(app, ' /etcd   3 处匹配  ⏎ 前往  Esc 关闭', '/', ...'etcd');
			assert.match(typed, /2 技能 +1 {2}┃/, frameText(typed));
			assert.match(typed, /6 白鹭网络 +2 {2}┃/);
			const base = '  n/N 下一处/上一处  Esc 关闭  ↑↓ 滚动  t English  ? 帮助  q 退出';
			const first = await until(app, ` /etcd 1/3${base}`, 'return');
			assert.match(first, /┏━ 技能 ━/, frameText(first));
			assert.equal(marks(app, 'Envoy 与 etcd'), '--------cccc', frameText(first));
			const second = await until(app, ` /etcd 2/3${base}`, 'n');
			assert.match(second, /┏━ 2017\.09-2018\.05 白鹭网络 ━/, frameText(second));
			assert.equal(marks(app, '基于 Etcd'), '---cccc', frameText(second));
			assert.equal(marks(app, 'Go etcd'), '---mmmm');
			const third = await until(app, ` /etcd 3/3${base}`, 'n');
			assert.equal(marks(app, 'Go etcd'), '---cccc', frameText(third));
			assert.equal(marks(app, '基于 Etcd'), '---mmmm');
			assert.equal(await until(app, ` /etcd 1/3${base}`, 'n'), first, 'n after the last: the first again');
			assert.equal(await until(app, ` /etcd 3/3${base}`, 'N'), third, 'N before the first: the last');
			// In English the matches are the other text's: they are marked, the footer counts them.
			const english = await until(
				app,
				' /etcd 3 matches  n/N next/previous  Esc close  ↑↓ scroll  ? help  q quit',
				't',
			);
			assert.match(english, /┏━ 2017\.09-2018\.05 Bailu Networks \(白鹭网络\) ━/, frameText(english));
			assert.equal(marks(app, 'the Go etcd'), '-------mmmm', frameText(english));
			await until(app, ' /etcd 2/3  n/N next/previous  Esc close  ↑↓ scroll  t 中文  ? help  q quit', 'n');
		});
	});

	test('kubernetes, in lower case, in English: four matches, three in Skills; n and N round them', async () => {
		await withMemoryApp({...size, language: 'en'}, async (app) => {
			await ready(app, '› 1 Profile');
			const typed = await until(app, ' /kubernetes   4 matches  ⏎ go  Esc close', '/', ...'kubernetes');
			assert.match(typed, /2 Skills +3 {2}┃/, frameText(typed));
			assert.match(typed, /3 northwind\.example… +1 {2}┃/);
			const base = '  n/N next/previous  Esc close  ↑↓ scroll  ? help  q quit';
			const first = await until(app, ` /kubernetes 1/4${base}`, 'return');
			assert.match(first, /┏━ Skills ━/, frameText(first));
			assert.equal(marks(app, 'Kubernetes clusters'), 'cccccccccc---------', frameText(first));
			await until(app, ` /kubernetes 2/4${base}`, 'n');
			await until(app, ` /kubernetes 3/4${base}`, 'n');
			await until(app, ` /kubernetes 4/4${base}`, 'n');
			await until(app, ` /kubernetes 1/4${base}`, 'n');
			await until(app, ` /kubernetes 4/4${base}`, 'N');
			await until(app, ' ↑↓ scroll  Esc menu  / search  t 中文  c copy e-mail  ? help  q quit', 'escape');
		});
	});

	test('扩容, pasted: two matches in one entry; the one that wrapping splits is marked on both lines', async () => {
		await withMemoryApp(size, async (app) => {
			await ready(app);
			app.press('/');
			await app.waitFor((screen) => footer(screen).startsWith(' /   ⏎'));
			// A paste, as a terminal marks it: the text goes into the query, never as keys.
			app.write('\u001B[200~扩容\u001B[201~');
			const typed = await app.waitFor((screen) => footer(screen) === ' /扩容   2 处匹配  ⏎ 前往  Esc 关闭');
			const {screen} = app.terminal;
			const cursor = screen.locate('/扩容')!;
			assert.equal(
				screen.attributes(cursor.x + 5, cursor.y).inverse,
				true,
				'the cursor stands after two wide characters',
			);
			assert.match(typed, /5 云杉科技（内部调… +2 {2}┃/, frameText(typed));
			const base = '  n/N 下一处/上一处  Esc 关闭  ↑↓ 滚动  t English  ? 帮助  q 退出';
			const split = await until(app, ` /扩容 1/2${base}`, 'return');
			// `平滑扩` ends one line and `容` starts the next, both marked as the match gone to.
			assert.equal(marks(app, '平滑扩'), '--c', frameText(split));
			const {y} = screen.locate('平滑扩')!;
			const x = screen.cells(y + 1).findIndex((cell) => cell.char === '容');
			assert.ok(x > 0 && app.text().split('\n')[y + 1]!.includes('┃     容'), frameText(split));
			assert.deepEqual(screen.attributes(x, y + 1), {bold: true, inverse: true, defaultColors: true});
			const second = await until(app, ` /扩容 2/2${base}`, 'n');
			assert.equal(marks(app, 'Broker 平滑扩容'), '---------cc', frameText(second));
			assert.equal(marks(app, '平滑扩'), '--m');
			await until(app, ` /扩容 1/2${base}`, 'n');
			await until(app, ` /扩容 2/2${base}`, 'N');
		});
	});

	test('a query of spaces is no search: no count, no counts in the menu, and Enter closes it; spaces around a word are not searched for', async () => {
		await withMemoryApp(size, async (app) => {
			const start = await ready(app);
			await until(app, ' /q   3 处匹配  ⏎ 前往  Esc 关闭', '/', 'q');
			const blank = await until(app, ' /      ⏎ 前往  Esc 关闭', 'backspace', 'space', 'space', 'space');
			assert.doesNotMatch(blank, / {2}\d+ {2}┃/, `no entry counts a match:\n${frameText(blank)}`);
			app.press('return');
			const closed = await app.waitFor((screen) => footer(screen) === footer(start), undefined, 'the menu footer');
			assert.equal(closed, start, 'Enter closed the search, and nothing is marked');
			await until(app, ' /  Vitess    1 处匹配  ⏎ 前往  Esc 关闭', '/', 'space', 'space', ...'Vitess', 'space');
		});
	});
});
