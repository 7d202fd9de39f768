import assert from 'node:assert/strict';
import {test} from 'node:test';
import {maxTextWidth} from '../../source/text/sizes.js';
import calculateLayout from '../../source/ui/layout/layout.js';

const sizes = [
	[250, 60],
	[120, 40],
	[100, 30],
	[80, 24],
	[79, 24],
	[60, 20],
	[40, 12],
	[30, 8],
] as const;

for (const [columns, rows] of sizes) {
	test(`at ${columns}×${rows} the frames fill every row of the terminal`, () => {
		const layout = calculateLayout(columns, rows, 7);
		assert.notEqual(layout.kind, 'too-small');
		if (layout.kind === 'too-small') {
			return;
		}

		const footer = 1;
		if (layout.kind === 'split') {
			assert.equal(layout.menu.width + layout.panel.width, columns);
			assert.equal(layout.menu.height, layout.panel.height);
			assert.equal(layout.header + layout.panel.height + footer, rows);
		} else {
			assert.equal(layout.menu.width, columns);
			assert.equal(layout.panel.width, columns);
			assert.equal(layout.header + layout.menu.height + layout.panel.height + footer, rows);
		}

		assert.ok(layout.panel.textRows >= 1);
		assert.ok(layout.menu.visible >= 1 && layout.menu.visible <= 7);
		assert.ok(layout.menu.visible * layout.menu.entryRows <= layout.menu.height - 2);
		assert.equal(layout.panel.textRows, layout.panel.height - 2);
		assert.equal(layout.panel.textWidth, Math.min(maxTextWidth, layout.panel.width - 4));
	});
}

test('80 columns and wider: menu beside the panel; narrower: stacked', () => {
	assert.equal(calculateLayout(80, 24, 7).kind, 'split');
	assert.equal(calculateLayout(79, 24, 7).kind, 'stacked');
	assert.equal(calculateLayout(200, 10, 7).kind, 'split');
});

test('exact split at 100×30: a 30-column menu of two-row entries, a 70-column panel', () => {
	assert.deepEqual(calculateLayout(100, 30, 7), {
		kind: 'split',
		columns: 100,
		header: 1,
		menu: {width: 30, height: 28, textRows: 26, textWidth: 24, visible: 7, entryRows: 2},
		panel: {width: 70, height: 28, textRows: 26, textWidth: 66},
		help: {width: 100, height: 29, textRows: 27, textWidth: 96},
	});
});

test('exact stack at 40×12: two menu entries, four rows of text', () => {
	assert.deepEqual(calculateLayout(40, 12, 7), {
		kind: 'stacked',
		columns: 40,
		header: 1,
		menu: {width: 40, height: 4, textRows: 2, textWidth: 34, visible: 2, entryRows: 1},
		panel: {width: 40, height: 6, textRows: 4, textWidth: 36},
		help: {width: 40, height: 11, textRows: 9, textWidth: 36},
	});
});

test('a short split terminal drops the header and the periods', () => {
	const layout = calculateLayout(100, 10, 7);
	assert.equal(layout.kind, 'split');
	if (layout.kind === 'split') {
		assert.equal(layout.header, 0);
		assert.equal(layout.menu.entryRows, 1);
		assert.equal(layout.menu.visible, 7);
	}
});

test('a very wide terminal keeps text to a readable width', () => {
	const layout = calculateLayout(250, 60, 7);
	assert.equal(layout.kind !== 'too-small' && layout.panel.textWidth, maxTextWidth);
});

test('below 30×8 it is too small', () => {
	for (const [columns, rows] of [
		[29, 24],
		[80, 7],
		[0, 0],
	] as const) {
		assert.deepEqual(calculateLayout(columns, rows, 7), {kind: 'too-small', columns, rows});
	}
});
