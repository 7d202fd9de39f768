import assert from 'node:assert/strict';
import {test} from 'node:test';
import {contrast, hexRgb, luminance, minimumContrast, type Rgb} from '../../source/theme/contrast.js';
import type {Background} from '../../source/theme/palette.js';
import createTheme, {type Theme} from '../../source/theme/theme.js';
import {colourSequences} from '../support/byte-stream.js';
import {drawnColour, xterm16, xterm256} from '../support/xterm-palette.js';

const white = hexRgb('#ffffff');
const black = hexRgb('#000000');

test('contrast: WCAG 2 figures', () => {
	assert.equal(contrast(black, white), 21);
	assert.equal(contrast(white, white), 1);
	assert.equal(contrast(white, black), contrast(black, white));
	// The example: xterm's yellow on white.
	assert.equal(contrast(hexRgb('#cdcd00'), white).toFixed(2), '1.70');
	assert.equal(contrast(xterm16[8]!, white).toFixed(2), '4.00');
	assert.equal(luminance(hexRgb('#808080')).toFixed(4), '0.2159');
	assert.deepEqual(xterm256(25), hexRgb('#005faf'));
	assert.deepEqual(xterm256(245), hexRgb('#8a8a8a'));
});

test('drawnColour reads 16, 256 and truecolor codes, and draws bold 0–7 bright as xterm does', () => {
	assert.deepEqual(drawnColour('\u001B[34mx\u001B[39m').foreground, xterm16[4]);
	assert.deepEqual(drawnColour('\u001B[1m\u001B[34mx').foreground, xterm16[12]);
	assert.deepEqual(drawnColour('\u001B[1m\u001B[94mx').foreground, xterm16[12]);
	assert.deepEqual(drawnColour('\u001B[38;5;25mx').foreground, hexRgb('#005faf'));
	assert.deepEqual(drawnColour('\u001B[38;2;0;95;175mx').foreground, hexRgb('#005faf'));
	assert.deepEqual(drawnColour('x\u001B[31m'), {foreground: undefined, bold: false, other: []});
	assert.deepEqual(drawnColour('\u001B[7m\u001B[44mx').other, ['7', '44']);
});

// The terminal's own text colour on each background: xterm's black on white, and white on black (-rv).
const terminals: Readonly<Record<Background, {readonly background: Rgb; readonly text: Rgb}>> = {
	light: {background: white, text: black},
	dark: {background: black, text: white},
};

type PaintName = keyof Theme['paint'];
// Every painter that sets a colour: text, or the lines of a frame.
const textPaints: readonly PaintName[] = ['title', 'heading', 'label', 'marker', 'link', 'code', 'accent', 'muted'];

// What the app draws with each painter: alone, and bold (the name and the selection are bold accent; a
// bold word can hold anything). xterm would draw it bold in another colour.
function samples(theme: Theme): Array<{what: string; styled: string; needs: number}> {
	const {paint} = theme;
	return [
		...textPaints.flatMap((name) => [
			{what: name, styled: paint[name]('x'), needs: minimumContrast.text},
			{what: `bold ${name}`, styled: paint.bold(paint[name]('x')), needs: minimumContrast.text},
		]),
		{what: 'border', styled: paint.border('─'), needs: minimumContrast.border},
	];
}

for (const background of ['dark', 'light'] as const) {
	for (const colorLevel of [1, 2, 3] as const) {
		test(`${background} theme at colour level ${colorLevel}: text 4.5:1, frames 3:1 on xterm's ${background} background`, () => {
			const theme = createTheme({colorLevel, background, unicode: true, hyperlinks: false});
			const terminal = terminals[background];
			const found: string[] = [];
			for (const {what, styled, needs} of samples(theme)) {
				const drawn = drawnColour(styled);
				// Underline and the like change no colour; a background or inverse would.
				const recoloured = drawn.other.filter((code) => code === '7' || /^(?:4\d|10\d)$/.test(code));
				assert.deepEqual(recoloured, [], `${what}: no background colour, no inverse`);
				const ratio = contrast(drawn.foreground ?? terminal.text, terminal.background);
				if (ratio < needs) {
					found.push(`${what} ${JSON.stringify(styled)}: ${ratio.toFixed(2)}:1, needs ${needs}:1`);
				}
			}

			assert.deepEqual(found, []);
			// Each depth writes its own codes: the test measures what this one draws.
			const codes = {1: /^ESC\[[39]\dm$/, 2: /^ESC\[38;5;\d+m$/, 3: /^ESC\[38;2;\d+;\d+;\d+m$/}[colorLevel];
			assert.match(colourSequences(theme.paint.accent('x'))[0] ?? '', codes);
		});
	}
}

test('without colour, no painter sets a colour', () => {
	for (const background of ['dark', 'light'] as const) {
		const theme = createTheme({colorLevel: 0, background, unicode: true, hyperlinks: false});
		for (const {what, styled} of samples(theme)) {
			assert.equal(drawnColour(styled).foreground, undefined, what);
		}
	}
});

test('the two themes differ where it matters: the labels of a light terminal are not yellow', () => {
	for (const colorLevel of [1, 2, 3] as const) {
		const [dark, light] = (['dark', 'light'] as const).map((background) =>
			createTheme({colorLevel, background, unicode: true, hyperlinks: false}),
		);
		assert.notEqual(dark!.paint.label('x'), light!.paint.label('x'), `level ${colorLevel}`);
	}
});
