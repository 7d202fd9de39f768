import assert from 'node:assert/strict';
import {test} from 'node:test';
import graphemes from '../../source/text/graphemes.js';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const pick = (found: {segment: string; index: number} | undefined) =>
	found && {segment: found.segment, index: found.index};
const both = (text: string) => ({
	ours: [...graphemes(text)].map(pick),
	intl: [...segmenter.segment(text)].map(pick),
});

test('agrees with Intl.Segmenter on every character of the BMP, each between others', () => {
	for (let code = 0; code <= 0xff_ff; code++) {
		const character = String.fromCharCode(code);
		// A character that joins the one before it, the one after it, or its like, shows here.
		const {ours, intl} = both(`a${character}${character}a`);
		assert.deepEqual(ours, intl, `U+${code.toString(16)}`);
	}
});

test('agrees with Intl.Segmenter on mixed, coloured, emoji and combining text', () => {
	for (const text of [
		'',
		'1. 在值班期间，通过编写变更清单 SOP 来减少人为失误',
		'\u001B[31m红色\u001B[39m text \u001B]8;;https://aster.example.org\u0007link\u001B]8;;\u0007',
		'line\r\nbreak\nand\rreturn',
		'😀 emoji 👩‍💻 🇨🇳',
		'é combining e\u0301 〮tone\u302E',
		'한국어 かな 각',
	]) {
		const {ours, intl} = both(text);
		assert.deepEqual(ours, intl, JSON.stringify(text));
	}
});

test('finds the grapheme at each offset as Intl.Segmenter does, and none outside the text', () => {
	for (const text of ['1. 在任职期间 SOP', '\u001B[1mbold\u001B[22m', 'e\u0301 😀', '']) {
		const intl = segmenter.segment(text);
		const ours = graphemes(text);
		for (let index = -1; index <= text.length; index++) {
			assert.deepEqual(
				pick(ours.containing(index)),
				pick(intl.containing(index)),
				`${JSON.stringify(text)} at ${index}`,
			);
		}
	}
});
