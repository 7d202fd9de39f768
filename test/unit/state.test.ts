import assert from 'node:assert/strict';
import {test} from 'node:test';
import reduce, {initialState, type State} from '../../source/keys/state.js';

const context = {input: '', entries: 7, page: 10, lines: 25, help: {lines: 30, page: 12}};
const at = (state: Partial<State>): State => ({...initialState('zh'), ...state});

test('previous and next move the selection, stop at the ends, and reset the scroll', () => {
	assert.deepEqual(reduce(at({selected: 2, scroll: 5}), 'previous', context), at({selected: 1}));
	assert.deepEqual(reduce(at({selected: 2, scroll: 5}), 'next', context), at({selected: 3}));
	assert.deepEqual(reduce(at({selected: 0}), 'previous', context), at({selected: 0}));
	assert.deepEqual(reduce(at({selected: 6}), 'next', context), at({selected: 6}));
});

test('jump selects by number and ignores numbers past the last entry', () => {
	assert.deepEqual(reduce(at({focus: 'panel'}), 'jump', {...context, input: '4'}), at({selected: 3, focus: 'panel'}));
	assert.deepEqual(reduce(at({selected: 2}), 'jump', {...context, input: '8'}), at({selected: 2}));
});

test('open and back move the focus', () => {
	assert.deepEqual(reduce(at({}), 'open', context), at({focus: 'panel'}));
	assert.deepEqual(reduce(at({focus: 'panel', scroll: 3}), 'back', context), at({scroll: 3}));
});

test('scrolling stays within the text: 25 lines, 10 on screen, so 15 is the last start', () => {
	assert.equal(reduce(at({}), 'lineDown', context).scroll, 1);
	assert.equal(reduce(at({}), 'lineUp', context).scroll, 0);
	assert.equal(reduce(at({}), 'pageDown', context).scroll, 9);
	assert.equal(reduce(at({scroll: 12}), 'pageDown', context).scroll, 15);
	assert.equal(reduce(at({scroll: 12}), 'pageUp', context).scroll, 3);
	assert.equal(reduce(at({scroll: 7}), 'top', context).scroll, 0);
	assert.equal(reduce(at({}), 'bottom', context).scroll, 15);
	assert.equal(reduce(at({scroll: 15}), 'lineDown', context).scroll, 15);
});

test('text shorter than the panel does not scroll', () => {
	assert.equal(reduce(at({}), 'bottom', {...context, lines: 4}).scroll, 0);
	assert.equal(reduce(at({}), 'pageDown', {...context, lines: 4}).scroll, 0);
});

test('a scroll left past the end by a resize is brought back before it moves', () => {
	assert.equal(reduce(at({scroll: 20}), 'lineUp', context).scroll, 14);
});

test('t switches the language and keeps the entry, the focus and the scroll', () => {
	const before = at({selected: 4, focus: 'panel', scroll: 6});
	const switched = reduce(before, 'language', context);
	assert.deepEqual(switched, {...before, language: 'en'});
	assert.deepEqual(reduce(switched, 'language', context), before);
});

test('? opens the help; Esc, ? or q close it; other keys do nothing unseen behind it', () => {
	const open = reduce(at({selected: 3}), 'help', context);
	assert.deepEqual(open, at({selected: 3, help: true}));
	for (const command of ['back', 'help', 'quit'] as const) {
		assert.deepEqual(reduce({...open, helpScroll: 4}, command, context), at({selected: 3}));
	}

	for (const command of ['next', 'jump', 'open', 'language', undefined] as const) {
		assert.equal(reduce(open, command, {...context, input: '1'}), open, String(command));
	}
});

test('the help scrolls with the panel keys: 30 lines, 12 on screen, so 18 is the last start', () => {
	const open = at({help: true});
	assert.equal(reduce(open, 'lineDown', context).helpScroll, 1);
	assert.equal(reduce(open, 'pageDown', context).helpScroll, 11);
	assert.equal(reduce(open, 'bottom', context).helpScroll, 18);
	assert.equal(reduce({...open, helpScroll: 18}, 'lineDown', context).helpScroll, 18);
	assert.equal(reduce({...open, helpScroll: 5}, 'top', context).helpScroll, 0);
	assert.equal(reduce(open, 'bottom', context).scroll, 0, 'the panel stays where it was');
});

test('a key without a command changes nothing', () => {
	const state = at({selected: 2, scroll: 4});
	assert.equal(reduce(state, undefined, context), state);
});
