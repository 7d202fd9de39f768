import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {bindings, type Command} from '../../source/keys/key-table.js';
import afterKeys from '../support/barrier.js';
import {entries, longest, selected} from '../support/fixture-entries.js';
import fixtureResumes from '../support/fixture-resumes.js';
import {type MemoryApp, withMemoryApp} from '../support/memory-app.js';
import {frameText} from '../support/screen.js';
import {focused, scrollNote} from '../support/screen-text.js';
import {play, type Step} from '../support/steps.js';

// Each key of the key table, on the app in memory: the keys' bytes go through the same parser
// and session as a terminal's. What needs a real terminal (raw mode, the exit status of the
// process, Ctrl+Z) is in test/e2e/.

const size = {columns: 80, rows: 12} as const;
const {menu, panel} = focused;

/** The panel's scroll note passes `check`. */
const note =
	(check: (first: number, last: number, total: number) => boolean) =>
	(text: string): boolean => {
		const found = scrollNote(text);
		return found !== undefined && check(found.first, found.last, found.total);
	};
const atTop = note((first) => first === 1);
const atBottom = note((_, last, total) => last === total);

type Scenario = {
	/** Keys from a fresh start to where the key under test is pressed. */
	readonly setup: readonly Step[];
	/** What the screen shows after the key. */
	readonly shows: string | ((text: string) => boolean);
	/** Keys from there back to where the key is pressed, to try the binding's next key. */
	readonly undo: readonly Step[];
	/** The key is pressed while a query is typed: the help cannot be the barrier, `?` would be typed. */
	readonly typing?: boolean;
};

const inPanel: Step[] = [
	[String(longest), selected(longest)],
	// More than two pages, for a page down and a page up that stop short of either end.
	['return', (text) => text.includes(panel) && note((_, last, total) => total > 2 * last)(text)],
];
const downOne: Step = ['down', note((first) => first === 2)];
// `/`, then a query typed a character at a time, each seen in the query line.
const typed = (query: string): Step[] => [
	['/', ' /   ⏎ 前往'],
	...Array.from(
		query,
		(character, index): Step => [character === ' ' ? 'space' : character, ` /${query.slice(0, index + 1)} `],
	),
];
// A page keeps one line of the last: from the top, a page down starts on the first page's last line.
const pageDown = note((first, last) => first > 2 && first === last - first + 1);
const scenarios: Record<Exclude<Command, 'jump' | 'quit' | 'interrupt' | 'suspend'>, Scenario> = {
	previous: {setup: [['2', selected(2)]], shows: selected(1), undo: [['2', selected(2)]]},
	next: {setup: [], shows: selected(2), undo: [['1', selected(1)]]},
	open: {setup: [], shows: panel, undo: [['escape', menu]]},
	back: {setup: [['return', panel]], shows: menu, undo: [['return', panel]]},
	lineDown: {setup: inPanel, shows: note((first) => first === 2), undo: [['g', atTop]]},
	lineUp: {setup: [...inPanel, downOne], shows: atTop, undo: [downOne]},
	pageDown: {setup: inPanel, shows: pageDown, undo: [['g', atTop]]},
	pageUp: {
		setup: [...inPanel, ['G', atBottom]],
		shows: note((_, last, total) => last < total && last > 1),
		undo: [['G', atBottom]],
	},
	top: {setup: [...inPanel, ['G', atBottom]], shows: atTop, undo: [['G', atBottom]]},
	bottom: {setup: inPanel, shows: atBottom, undo: [['g', atTop]]},
	language: {setup: [...inPanel, downOne], shows: selected(longest, 'en'), undo: [['t', selected(longest)]]},
	help: {setup: [], shows: '┏━ 按键 ━', undo: [['escape', menu]]},
	search: {setup: [], shows: ' /   ⏎ 前往  Esc 关闭', undo: [['escape', '/ 搜索']], typing: true},
	closeSearch: {setup: [['/', ' /   ⏎ 前往']], shows: '/ 搜索', undo: [['/', ' /   ⏎ 前往']], typing: true},
	find: {setup: typed('Vitess'), shows: ' /Vitess 1/1', undo: [], typing: true},
	deleteCharacter: {setup: typed('Vitess'), shows: ' /Vites   1 处匹配', undo: [], typing: true},
	deleteWord: {setup: typed('Vitess 构'), shows: ' /Vitess    1 处匹配', undo: [], typing: true},
	clearQuery: {setup: typed('Vi'), shows: ' /   ⏎ 前往', undo: [], typing: true},
	nextMatch: {setup: [...typed('eBPF'), ['return', ' /eBPF 1/2']], shows: ' /eBPF 2/2', undo: []},
	previousMatch: {setup: [...typed('eBPF'), ['return', ' /eBPF 1/2']], shows: ' /eBPF 2/2', undo: []},
	// One key: nothing to undo. The bytes it writes are checked in test/e2e/copy.test.ts.
	copy: {setup: [], shows: `已请终端复制 ${fixtureResumes.zh.basics.email}`, undo: []},
};

const binding = (command: Command) => bindings.find((each) => each.command === command)!;

/** The screen once every key sent so far is drawn: behind the help's barrier, or (typing) as the last step left it. */
const now = (app: MemoryApp, typing: boolean, shown: string) => (typing ? Promise.resolve(shown) : afterKeys(app));

// A few at once: their waits (an Esc's 40 ms, a frame) overlap, and a loaded machine still keeps up.
describe('every key in the key table does what the table says', {concurrency: 4}, () => {
	for (const [command, scenario] of Object.entries(scenarios)) {
		const {keys} = binding(command as Command);
		test(`${command}: ${keys.join(', ')}`, async () => {
			await withMemoryApp(size, async (app) => {
				await app.waitForText(selected(1));
				const before = await now(app, scenario.typing === true, await play(app, scenario.setup));
				let after: string | undefined;
				for (const [index, key] of keys.entries()) {
					if (index > 0) {
						const back = await now(app, scenario.typing === true, await play(app, scenario.undo));
						assert.equal(back, before, `back where ${key} is pressed`);
					}

					const screen = await play(app, [[key, scenario.shows]]);
					assert.notEqual(screen, before, `${key} changed the screen`);
					after ??= screen;
					assert.equal(screen, after, `${key} draws what ${keys[0]} drew`);
				}
			});
		});
	}

	test(`jump: ${binding('jump').keys.join(', ')}, from the menu and from the panel`, async () => {
		await withMemoryApp(size, async (app) => {
			await app.waitForText(selected(1));
			for (const key of binding('jump').keys) {
				const entry = Number(key);
				// From another entry, so that the jump shows.
				const before = await play(app, [entry === 1 ? ['2', selected(2)] : ['1', selected(1)]]);
				if (entry <= entries.zh.length) {
					const screen = await play(app, [[key, selected(entry)]]);
					assert.ok(screen.includes(`─ ${entries.zh[entry - 1]!.title.slice(0, 10)}`), frameText(screen));
				} else {
					assert.equal(await afterKeys(app, key), before, `${key}: there is no entry ${entry}, nothing changes`);
				}
			}

			await play(app, [['return', panel]]);
			const screen = await play(app, [['3', selected(3)]]);
			assert.ok(screen.includes(panel), `the panel keeps the focus:\n${frameText(screen)}`);
		});
	});

	for (const [command, code] of [
		['quit', 0],
		['interrupt', 130],
	] as const) {
		for (const key of binding(command).keys) {
			for (const where of ['menu', 'panel', 'a query'] as const) {
				test(`${command}: ${key} in ${where === 'a query' ? where : `the ${where}`} ends the app with ${code}`, async () => {
					await withMemoryApp(size, async (app) => {
						await app.waitForText(selected(1));
						if (where === 'panel') {
							await play(app, inPanel);
						} else if (where === 'a query') {
							await play(app, typed('Vi'));
						}

						app.press(key);
						// In a query q is typed; Ctrl+C ends the app wherever it is.
						if (where === 'a query' && key === 'q') {
							await app.waitForText(' /Viq ');
						} else {
							assert.equal(await app.running.exited, code);
						}
					});
				});
			}
		}
	}
});
