import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import stringWidth from 'string-width';
import {frameText} from '../support/screen.js';
import {type Session, withSession} from './harness.js';

const size = {cols: 80, rows: 24} as const;

/** The last row: the footer, or the query line. */
const footer = (screen: string) => screen.split('\n').at(-1)!;

/** Presses `keys` in one write and waits until the footer is `expected`; returns the screen, settled. */
async function until(session: Session, expected: string, ...keys: string[]): Promise<string> {
	session.press(...keys);
	await session.waitFor((screen) => footer(screen) === expected, undefined, JSON.stringify(expected));
	return session.settled();
}

/** How each character of `text`, where it first stands on the screen, is drawn: `m` marked (reversed), `c` the match gone to (also bold), `-` neither. */
function marks(session: Session, text: string): string {
	const found = session.locate(text);
	assert.ok(found, `${text} is on the screen:\n${frameText(session.text())}`);
	let x = found.x;
	return Array.from(text, (character) => {
		const {inverse, bold} = session.attributes(x, found.y);
		x += stringWidth(character);
		return inverse ? (bold ? 'c' : 'm') : '-';
	}).join('');
}

describe('search in a real terminal: / a query, Enter, n and N, Esc', {concurrency: true}, () => {
	test('TiDB: q typed into the query does not quit; one match, in debank.com & rabby.io; n and N stay on it; Esc clears it', async () => {
		await withSession(size, async (session) => {
			await session.ready();
			await until(session, ' /q   无匹配  ⏎ 前往  Esc 关闭', '/', 'q');
			await until(session, ' /   ⏎ 前往  Esc 关闭', 'backspace');
			const typed = await until(session, ' /TiDB   1 处匹配  ⏎ 前往  Esc 关闭', 'T', 'i', 'D', 'B');
			assert.match(typed, /┃ {3}3 debank\.com & rabb… {2}1 {2}┃/, 'the menu counts the match');
			const found = await until(
				session,
				' /TiDB 1/1  n/N 下一处/上一处  Esc 关闭  ↑↓ 滚动  t English  ? 帮助  q 退出',
				'return',
			);
			assert.match(found, /┏━ 2022\.04-2024\.12 Senior SRE@debank\.com & rab… ━┓/);
			assert.equal(marks(session, 'TiDB 构建'), 'cccc---', frameText(found));
			session.press('n');
			assert.equal(await session.settled(), found, 'n: the only match, where it was');
			session.press('N');
			assert.equal(await session.settled(), found, 'N: the same');
			const closed = await until(
				session,
				' ↑↓ 滚动  Esc 菜单  g/G 顶/底  / 搜索  t English  c 复制邮箱  ? 帮助  q 退出',
				'escape',
			);
			assert.equal(marks(session, 'TiDB 构建'), '-------', frameText(closed));
			assert.match(closed, /┃ › 3 debank\.com & rabby\.io {2}┃|│ › 3 debank\.com & rabby\.io {2}│/, 'no count');
			session.press('q');
			assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
		});
	});

	test('ZooKeeper finds Zookeeper twice in 饿了么; n wraps round, N back; t runs it again in English', async () => {
		await withSession(size, async (session) => {
			await session.ready();
			const typed = await until(session, ' /ZooKeeper   2 处匹配  ⏎ 前往  Esc 关闭', '/', ...'ZooKeeper');
			assert.match(typed, /6 饿了么 +2 {2}┃/);
			const first = await until(
				session,
				' /ZooKeeper 1/2  n/N 下一处/上一处  Esc 关闭  ↑↓ 滚动  / 搜索  ? 帮助  q 退出',
				'return',
			);
			assert.match(first, /┏━ 2019\.02-2019\.11 饿了么 ━/);
			assert.equal(marks(session, '基于 Zookeeper'), '---ccccccccc', frameText(first));
			assert.equal(marks(session, 'Python Zookeeper'), '-------mmmmmmmmm');
			const second = await until(
				session,
				' /ZooKeeper 2/2  n/N 下一处/上一处  Esc 关闭  ↑↓ 滚动  / 搜索  ? 帮助  q 退出',
				'n',
			);
			assert.equal(marks(session, 'Python Zookeeper'), '-------ccccccccc', frameText(second));
			assert.equal(marks(session, '基于 Zookeeper'), '---mmmmmmmmm');
			assert.equal(
				await until(session, ' /ZooKeeper 1/2  n/N 下一处/上一处  Esc 关闭  ↑↓ 滚动  / 搜索  ? 帮助  q 退出', 'n'),
				first,
				'n after the last: the first again',
			);
			assert.equal(
				await until(session, ' /ZooKeeper 2/2  n/N 下一处/上一处  Esc 关闭  ↑↓ 滚动  / 搜索  ? 帮助  q 退出', 'N'),
				second,
			);
			// In English the match gone to was the other text's: the matches are marked, the footer counts them.
			const english = await until(
				session,
				' /ZooKeeper 2 matches  n/N next/previous  Esc close  ↑↓ scroll  ? help  q quit',
				't',
			);
			assert.match(english, /┏━ 2019\.02-2019\.11 Ele\.me \(饿了么\) ━/);
			assert.equal(marks(session, 'on ZooKeeper'), '---mmmmmmmmm', frameText(english));
			await until(session, ' /ZooKeeper 1/2  n/N next/previous  Esc close  ↑↓ scroll  ? help  q quit', 'n');
		});
	});

	test('kubernetes, in lower case, in English: three matches in About Me, n and N round them', async () => {
		await withSession({...size, env: {LANG: 'en_US.UTF-8'}}, async (session) => {
			await session.ready('› 1 Profile');
			const typed = await until(session, ' /kubernetes   3 matches  ⏎ go  Esc close', '/', ...'kubernetes');
			assert.match(typed, /2 About Me +3 {2}┃/);
			const base = '  n/N next/previous  Esc close  ↑↓ scroll  ? help  q quit';
			const first = await until(session, ` /kubernetes 1/3${base}`, 'return');
			assert.match(first, /┏━ About Me ━/);
			assert.match(first, /6\. Familiar with Kubernetes and its {11}┃/, frameText(first));
			assert.equal(marks(session, 'with Kubernetes'), '-----cccccccccc');
			await until(session, ` /kubernetes 2/3${base}`, 'n');
			await until(session, ` /kubernetes 3/3${base}`, 'n');
			await until(session, ` /kubernetes 1/3${base}`, 'n');
			await until(session, ` /kubernetes 3/3${base}`, 'N');
			await until(session, ' ↑↓ scroll  Esc menu  / search  t 中文  c copy e-mail  ? help  q quit', 'escape');
		});
	});

	test('监控, pasted: four matches in two entries; the one that wrapping splits is marked on both lines', async () => {
		await withSession(size, async (session) => {
			await session.ready();
			session.press('/');
			await session.waitFor((screen) => footer(screen).startsWith(' /   ⏎'));
			// A paste, as a terminal marks it: the text goes into the query, never as keys.
			session.write('\u001B[200~监控\u001B[201~');
			const typed = await session.waitFor((screen) => footer(screen) === ' /监控   4 处匹配  ⏎ 前往  Esc 关闭');
			const cursor = session.locate('/监控')!;
			assert.equal(
				session.attributes(cursor.x + 5, cursor.y).inverse,
				true,
				'the cursor stands after two wide characters',
			);
			assert.match(typed, /3 debank\.com & rabb… {2}1 {2}┃/);
			assert.match(typed, /5 阿里云（内部调转） +3 {2}┃/);
			const base = '  n/N 下一处/上一处  Esc 关闭  ↑↓ 滚动  t English  ? 帮助  q 退出';
			const first = await until(session, ` /监控 1/4${base}`, 'return');
			assert.equal(marks(session, '持续监控-'), '--cc-', frameText(first));
			await until(session, ` /监控 2/4${base}`, 'n');
			assert.equal(marks(session, '开源监控项目'), '--cc--');
			await until(session, ` /监控 3/4${base}`, 'n');
			const split = await until(session, ` /监控 4/4${base}`, 'n');
			// `链路监` ends one line and `控` starts the next, both marked as the match gone to.
			assert.equal(marks(session, '链路监'), '--c', frameText(split));
			const {y} = session.locate('链路监')!;
			const x = session.cells(y + 1).findIndex((cell) => cell.char === '控');
			assert.ok(x > 0 && session.text().split('\n')[y + 1]!.includes('┃     控 '), frameText(split));
			assert.deepEqual(session.attributes(x, y + 1), {bold: true, inverse: true, defaultColors: true});
			await until(session, ` /监控 1/4${base}`, 'n');
			await until(session, ` /监控 4/4${base}`, 'N');
		});
	});

	test('Ctrl+C still quits with 130 while a query is typed', async () => {
		await withSession(size, async (session) => {
			await session.ready();
			await until(session, ' /TiD   1 处匹配  ⏎ 前往  Esc 关闭', '/', 'T', 'i', 'D');
			session.press('ctrl-c');
			assert.deepEqual(await session.exit, {exitCode: 130, signal: null});
		});
	});
});
