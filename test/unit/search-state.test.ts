import assert from 'node:assert/strict';
import {test} from 'node:test';
import handleKey, {type Outcome, type View} from '../../source/keys/handle-key.js';
import {key} from '../../source/keys/input-event.js';
import {initialState, type State} from '../../source/keys/state.js';

// Three matches: one in entry 3 (index 2), far down; two in entry 5, near its top and further on.
const found = {
	places: [
		{entry: 2, line: 30, column: 4},
		{entry: 4, line: 3, column: 0},
		{entry: 4, line: 14, column: 10},
	],
	lines: [10, 30, 40, 8, 25, 12, 20],
};
const view: View = {entries: 7, page: 10, lines: 25, help: {lines: 30, page: 12}, found: () => found};
const at = (state: Partial<State>): State => ({...initialState('zh'), ...state});

/** The state after each event in turn: key names, or `{paste}`. */
function after(state: State, ...events: Array<string | {paste: string}>): State {
	return events.reduce((current, event) => {
		const outcome: Outcome = handleKey(
			current,
			typeof event === 'string' ? key(event) : {kind: 'paste', text: event.paste},
			view,
		);
		assert.equal(outcome.kind, 'state', `${JSON.stringify(event)} ended the app`);
		return outcome.kind === 'state' ? outcome.state : current;
	}, state);
}

const typing = (query: string) => ({query, typing: true});

test('/ opens an empty query line, wherever the focus is', () => {
	assert.deepEqual(after(at({}), '/'), at({search: typing('')}));
	assert.deepEqual(
		after(at({focus: 'panel', selected: 3}), '/'),
		at({focus: 'panel', selected: 3, search: typing('')}),
	);
});

test('in the query line every key but its own types: q, t, digits, j, ?, / and a space', () => {
	const typed = after(at({}), '/', 'q', 't', '1', 'j', '?', '/', 'space', 'n', 'N');
	assert.deepEqual(typed, at({search: typing('qt1j?/ nN')}));
	assert.deepEqual(after(at({}), '/', '监', '控'), at({search: typing('监控')}));
	// Named keys type nothing: arrows, Alt+x, F5.
	assert.deepEqual(after(at({}), '/', 'up', 'alt-x', 'f5', 'tab', 'pagedown'), at({search: typing('')}));
});

test('a paste goes into the query line, and nowhere else', () => {
	assert.deepEqual(after(at({}), '/', {paste: 'Zoo\nKeeper'}), at({search: typing('Zoo Keeper')}));
	assert.deepEqual(after(at({}), {paste: 'q'}), at({}));
});

test('Backspace, Ctrl+W and Ctrl+U edit the query', () => {
	const open = at({search: typing('基于 Etcd')});
	assert.deepEqual(after(open, 'backspace'), at({search: typing('基于 Etc')}));
	assert.deepEqual(after(open, 'ctrl-w'), at({search: typing('基于 ')}));
	assert.deepEqual(after(open, 'ctrl-u'), at({search: typing('')}));
	assert.deepEqual(after(at({search: typing('')}), 'backspace'), at({search: typing('')}));
});

test('Ctrl+C quits with 130 and Ctrl+Z suspends while a query is typed; q does not quit', () => {
	const open = at({search: typing('Ti')});
	assert.deepEqual(handleKey(open, key('ctrl-c'), view), {kind: 'exit', code: 130});
	assert.deepEqual(handleKey(open, key('ctrl-z'), view), {kind: 'suspend'});
	assert.equal(handleKey(open, key('q'), view).kind, 'state');
	// On the too-small screen nothing is typed: nothing changes unseen.
	assert.deepEqual(handleKey(open, key('D'), undefined), {kind: 'state', state: open});
});

test('Enter goes to the first match from the entry shown on, focuses the panel and scrolls it into view', () => {
	// From the first entry: entry 3's match, on line 30 of 40, 10 lines a page: scrolled to 27, a third from the top.
	const first = after(at({search: typing('tidb')}), 'return');
	assert.deepEqual(
		first,
		at({selected: 2, focus: 'panel', scroll: 27, search: {query: 'tidb', typing: false, at: found.places[0]}}),
	);
	// From entry 4 on, the next is in entry 5, on line 3: its top shows it, so it is not scrolled.
	const later = after(at({selected: 3, search: typing('tidb')}), 'return');
	assert.deepEqual(
		later,
		at({selected: 4, focus: 'panel', scroll: 0, search: {query: 'tidb', typing: false, at: found.places[1]}}),
	);
	// From the last entry, round to the first match.
	assert.equal(after(at({selected: 6, search: typing('tidb')}), 'return').selected, 2);
});

test('Enter with an empty query closes the line; with no match it stays open', () => {
	assert.deepEqual(after(at({search: typing('  ')}), 'return'), at({}));
	const none = at({search: typing('nothing')});
	const noMatch: View = {...view, found: () => ({places: [], lines: found.lines})};
	assert.deepEqual(handleKey(none, key('return'), noMatch), {kind: 'state', state: none});
});

test('n and N go to the next and previous match across entries, round at either end', () => {
	const first = after(at({search: typing('tidb')}), 'return');
	const places = (state: State, ...keys: string[]) =>
		keys.map((name) => {
			state = after(state, name);
			return [state.selected, state.search?.at?.line];
		});
	assert.deepEqual(places(first, 'n', 'n', 'n', 'n'), [
		[4, 3],
		[4, 14],
		[2, 30],
		[4, 3],
	]);
	assert.deepEqual(places(first, 'N', 'N', 'N'), [
		[4, 14],
		[4, 3],
		[2, 30],
	]);
	// Entry 5's second match, on line 14, is below the page its first left (lines 0–9): scrolled to 11.
	assert.equal(after(first, 'n', 'n').scroll, 11);
});

test('n counts from what is shown once the reader has moved to another entry', () => {
	const first = after(at({search: typing('tidb')}), 'return');
	// Back to the menu (h: Esc would close the search), down to entry 4: the next match is entry 5's first.
	const moved = after(first, 'h', 'down');
	assert.equal(moved.selected, 3);
	assert.deepEqual(after(moved, 'n').search?.at, found.places[1]);
	assert.deepEqual(after(moved, 'N').search?.at, found.places[0]);
});

test('Esc closes the search, typed or run; once it is closed Esc goes back to the menu', () => {
	assert.deepEqual(after(at({search: typing('Ti')}), 'escape'), at({}));
	const first = after(at({search: typing('tidb')}), 'return');
	const closed = after(first, 'escape');
	assert.deepEqual(closed, {...first, search: undefined});
	assert.equal(after(closed, 'escape').focus, 'menu');
});

test('n and N do nothing without a search that has run; t keeps the search and lets go of the match gone to', () => {
	assert.deepEqual(after(at({}), 'n', 'N'), at({}));
	const first = after(at({search: typing('tidb')}), 'return');
	const switched = after(first, 't');
	assert.deepEqual(switched, {...first, language: 'en', search: {query: 'tidb', typing: false, at: undefined}});
	// Then n goes on from the top of what is shown: line 27 of entry 3, so its match on line 30.
	assert.deepEqual(after(switched, 'n').search?.at, found.places[0]);
});
