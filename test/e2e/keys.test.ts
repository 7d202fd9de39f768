import assert from 'node:assert/strict';
import {join} from 'node:path';
import {describe, test} from 'node:test';
import loadResume from '../../source/content/load-resume.js';
import {bindings, type Command} from '../../source/keys/key-table.js';
import stringsFor from '../../source/strings/index.js';
import toSections from '../../source/ui/entries/entries.js';
import {root} from '../support/cli-env.js';
import {frameText} from '../support/screen.js';
import {focused} from '../support/screen-text.js';
import {play, type Step} from '../support/steps.js';
import {withSession} from './harness.js';

// The terminal's locale is Chinese (cleanEnv): the app starts in Chinese, the original.
const sections = toSections(loadResume(join(root, 'content', 'resume.zh.md')), stringsFor('zh'));
const selected = (entry: number) => `› ${entry} ${sections[entry - 1]!.label}`;

// 80×12: eight rows of text in the panel, so the fifth entry (20 lines) scrolls over three pages.
const size = {cols: 80, rows: 12} as const;
const {menu, panel} = focused;

type Scenario = {
	/** Keys from a fresh start to where the key under test is pressed. */
	readonly setup: readonly Step[];
	/** What the screen shows after the key. */
	readonly shows: string;
	/** Keys from there back to where the key is pressed, to try the binding's next key. */
	readonly undo: readonly Step[];
};

const inPanel: Step[] = [
	['5', selected(5)],
	['return', panel],
];
// `/`, then a query typed a character at a time, each seen in the query line.
const typed = (query: string): Step[] => [
	['/', ' /   ⏎ 前往'],
	...Array.from(
		query,
		(character, index): Step => [character === ' ' ? 'space' : character, ` /${query.slice(0, index + 1)} `],
	),
];
const scenarios: Record<Exclude<Command, 'jump' | 'quit' | 'interrupt' | 'suspend'>, Scenario> = {
	previous: {setup: [['2', selected(2)]], shows: selected(1), undo: [['2', selected(2)]]},
	next: {setup: [], shows: selected(2), undo: [['1', selected(1)]]},
	open: {setup: [], shows: panel, undo: [['escape', menu]]},
	back: {setup: [['return', panel]], shows: menu, undo: [['return', panel]]},
	lineDown: {setup: inPanel, shows: '━ 2–9 / 20 ━', undo: [['g', '━ 1–8 / 20 ━']]},
	lineUp: {setup: [...inPanel, ['down', '━ 2–9 / 20 ━']], shows: '━ 1–8 / 20 ━', undo: [['down', '━ 2–9 / 20 ━']]},
	pageDown: {setup: inPanel, shows: '━ 8–15 / 20 ━', undo: [['g', '━ 1–8 / 20 ━']]},
	pageUp: {setup: [...inPanel, ['G', '━ 13–20 / 20 ━']], shows: '━ 6–13 / 20 ━', undo: [['G', '━ 13–20 / 20 ━']]},
	top: {setup: [...inPanel, ['G', '━ 13–20 / 20 ━']], shows: '━ 1–8 / 20 ━', undo: [['G', '━ 13–20 / 20 ━']]},
	bottom: {setup: inPanel, shows: '━ 13–20 / 20 ━', undo: [['g', '━ 1–8 / 20 ━']]},
	language: {
		setup: [...inPanel, ['down', '━ 2–9 / 20 ━']],
		shows: '› 5 Alibaba Cloud',
		undo: [['t', '━ 2–9 / 20 ━']],
	},
	help: {setup: [], shows: '┏━ 按键 ━', undo: [['escape', menu]]},
	search: {setup: [], shows: ' /   ⏎ 前往  Esc 关闭', undo: [['escape', '/ 搜索']]},
	closeSearch: {setup: [['/', ' /   ⏎ 前往']], shows: '/ 搜索', undo: [['/', ' /   ⏎ 前往']]},
	find: {setup: typed('TiDB'), shows: ' /TiDB 1/1', undo: []},
	deleteCharacter: {setup: typed('TiDB'), shows: ' /TiD   1 处匹配', undo: []},
	deleteWord: {setup: typed('TiDB 构'), shows: ' /TiDB    1 处匹配', undo: []},
	clearQuery: {setup: typed('Ti'), shows: ' /   ⏎ 前往', undo: []},
	nextMatch: {setup: [...typed('监控'), ['return', ' /监控 1/4']], shows: ' /监控 2/4', undo: []},
	previousMatch: {setup: [...typed('监控'), ['return', ' /监控 1/4']], shows: ' /监控 4/4', undo: []},
	// One key: nothing to undo. The bytes it writes are checked in copy-card.test.ts.
	copy: {setup: [], shows: '已请终端复制 me@manjusaka.me', undo: []},
};

const binding = (command: Command) => bindings.find((each) => each.command === command)!;

describe('every key in the key table does what the table says', {concurrency: true}, () => {
	for (const [command, scenario] of Object.entries(scenarios)) {
		const {keys} = binding(command as Command);
		test(`${command}: ${keys.join(', ')}`, {timeout: 60_000}, async () => {
			await withSession(size, async (session) => {
				await session.ready();
				await play(session, scenario.setup);
				const before = await session.settled();
				let after: string | undefined;
				for (const [index, key] of keys.entries()) {
					if (index > 0) {
						await play(session, scenario.undo);
						assert.equal(await session.settled(), before, `back where ${key} is pressed`);
					}

					session.press(key);
					await session.waitForText(scenario.shows);
					const screen = await session.settled();
					assert.notEqual(screen, before, `${key} changed the screen`);
					after ??= screen;
					assert.equal(screen, after, `${key} draws what ${keys[0]} drew`);
				}
			});
		});
	}

	test(`jump: ${binding('jump').keys.join(', ')}, from the menu and from the panel`, {timeout: 60_000}, async () => {
		await withSession(size, async (session) => {
			await session.ready();
			for (const key of binding('jump').keys) {
				const entry = Number(key);
				// From another entry, so that the jump shows.
				await play(session, [entry === 1 ? ['2', selected(2)] : ['1', selected(1)]]);
				const before = await session.settled();
				session.press(key);
				if (entry <= sections.length) {
					const screen = await session.waitForText(selected(entry));
					assert.ok(screen.includes(`─ ${sections[entry - 1]!.title.slice(0, 10)}`), frameText(screen));
				} else {
					assert.equal(await session.settled(), before, `${key}: there is no entry ${entry}, nothing changes`);
				}
			}

			await play(session, [['return', panel]]);
			session.press('3');
			const screen = await session.waitForText(selected(3));
			assert.ok(screen.includes(panel), `the panel keeps the focus:\n${frameText(screen)}`);
		});
	});

	for (const [command, exitCode] of [
		['quit', 0],
		['interrupt', 130],
	] as const) {
		for (const key of binding(command).keys) {
			for (const where of ['menu', 'panel'] as const) {
				test(`${command}: ${key} in the ${where} exits ${exitCode}`, {timeout: 60_000}, async () => {
					await withSession(size, async (session) => {
						await session.ready();
						if (where === 'panel') {
							await play(session, inPanel);
						}

						session.press(key);
						assert.deepEqual(await session.exit, {exitCode, signal: null});
					});
				});
			}
		}
	}
});
