import assert from 'node:assert/strict';
import {test} from 'node:test';
import xterm from '@xterm/headless';
import bufferCells from '../support/buffer-cells.js';
import type {ScreenCell} from '../support/screen-svg.js';

/** The cells of a 6 × 2 headless xterm once it has parsed `bytes`. */
async function cellsAfter(bytes: string): Promise<ScreenCell[][]> {
	const terminal = new xterm.Terminal({cols: 6, rows: 2, allowProposedApi: true});
	await new Promise<void>((resolve) => {
		terminal.write(bytes, resolve);
	});
	const cells = bufferCells(terminal);
	terminal.dispose();
	return cells;
}

test('bufferCells: each cell with its text and width, a wide character followed by an empty cell', async () => {
	const [first, second] = await cellsAfter('a工b\r\n');
	assert.deepEqual(
		first!.map(({char, width}) => [char, width]),
		[
			['a', 1],
			['工', 2],
			['', 0],
			['b', 1],
			['', 1],
			['', 1],
		],
	);
	assert.equal(second!.length, 6);
});

test('bufferCells: colours of the 16, the 256 and truecolor, told apart; the terminal’s own', async () => {
	const [row] = await cellsAfter('\u001B[31ma\u001B[38;5;1mb\u001B[38;2;0;95;175;44mc\u001B[0md');
	assert.deepEqual(
		row!.slice(0, 4).map(({fg, bg}) => ({fg, bg})),
		[
			{fg: {mode: '16', index: 1}, bg: {mode: 'default'}},
			{fg: {mode: '256', index: 1}, bg: {mode: 'default'}},
			{fg: {mode: 'rgb', hex: '#005faf'}, bg: {mode: '16', index: 4}},
			{fg: {mode: 'default'}, bg: {mode: 'default'}},
		],
	);
});

test('bufferCells: bold, dim, italic, underline, inverse, strikethrough and hidden', async () => {
	const [row] = await cellsAfter('\u001B[1;7ma\u001B[0;2;3mb\u001B[0;4;9mc\u001B[0;8md\u001B[0me');
	const attributes = ['bold', 'dim', 'italic', 'underline', 'inverse', 'strikethrough', 'invisible'] as const;
	assert.deepEqual(
		row!.slice(0, 5).map((cell) => attributes.filter((name) => cell[name])),
		[['bold', 'inverse'], ['dim', 'italic'], ['underline', 'strikethrough'], ['invisible'], []],
	);
});
