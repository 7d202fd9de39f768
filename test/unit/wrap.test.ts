import assert from 'node:assert/strict';
import {test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import stringWidth from 'string-width';
import wrap, {breakLines} from '../../source/text/wrap.js';

// Written out rather than through chalk, so that the codes do not depend on the terminal.
const red = (text: string): string => `\u001B[31m${text}\u001B[39m`;
const bold = (text: string): string => `\u001B[1m${text}\u001B[22m`;

test('Chinese text fills each line to 40 columns, a character counting as two', () => {
	const lines = wrap('自驱力较强，能主动去学习新技术并且推动落地实现，并回馈社区', 40);
	assert.deepEqual(lines, ['自驱力较强，能主动去学习新技术并且推动落', '地实现，并回馈社区']);
	assert.deepEqual(
		lines.map((line) => stringWidth(line)),
		[40, 18],
	);
});

test('mixed Chinese and Latin text breaks at 40 columns, never wider', () => {
	const text =
		'在任职期间，通过制定线上操作 SOP 来避免人为故障建立完整监控体系，保证故障及时感知同时进行周期性故障演练任职期间所负责产品无故障，无投诉，单月线上服务冒烟数收敛百分之50';
	const lines = wrap(text, 40);
	assert.deepEqual(lines, [
		'在任职期间，通过制定线上操作 SOP 来避免',
		'人为故障建立完整监控体系，保证故障及时感',
		'知同时进行周期性故障演练任职期间所负责产',
		'品无故障，无投诉，单月线上服务冒烟数收敛',
		'百分之50',
	]);
	// The first line is 39 columns: the next character, 人, would make it 41.
	assert.deepEqual(
		lines.map((line) => stringWidth(line)),
		[39, 40, 40, 40, 8],
	);
});

test('a closing mark never starts a line: the character before it moves down too', () => {
	assert.deepEqual(wrap('你好，世界。再见', 4), ['你', '好，', '世', '界。', '再见']);
	assert.deepEqual(wrap('一二三四五六七八九十。一', 20), ['一二三四五六七八九', '十。一']);
});

test('spaces at a break are dropped', () => {
	assert.deepEqual(wrap('hello world foo', 11), ['hello world', 'foo']);
	assert.deepEqual(wrap('hello   world', 5), ['hello', 'world']);
	assert.deepEqual(wrap('trailing  ', 20), ['trailing']);
});

test('a word wider than the line is cut, and what is left shares a line', () => {
	assert.deepEqual(wrap('supercalifragilistic is long', 8), ['supercal', 'ifragili', 'stic is', 'long']);
});

test('width 1 puts one character on each line; a Chinese character still gets its own', () => {
	assert.deepEqual(wrap('ab cd', 1), ['a', 'b', 'c', 'd']);
	assert.deepEqual(wrap('中文', 1), ['中', '文']);
});

test('a width below 1 wraps as width 1', () => {
	assert.deepEqual(wrap('ab cd', 0), ['a', 'b', 'c', 'd']);
});

test('the empty string is one empty line', () => {
	assert.deepEqual(wrap('', 10), ['']);
});

test('a newline in the input always breaks, and a blank line stays', () => {
	assert.deepEqual(wrap('one two\nthree', 20), ['one two', 'three']);
	assert.deepEqual(wrap('a\n\nb', 10), ['a', '', 'b']);
});

test('colours are closed at the end of each line and reopened on the next', () => {
	const text = `${red('red words here')} and ${bold('bold text')}`;
	const lines = wrap(text, 9);
	assert.deepEqual(lines, [red('red words'), `${red('here')} and`, bold('bold text')]);
	assert.ok(lines.every((line) => stringWidth(line) <= 9));
	assert.equal(
		lines.map((line) => stripVTControlCharacters(line)).join(' '),
		stripVTControlCharacters(text).split(/\s+/).join(' '),
	);
});

test('coloured Chinese text is cut by columns', () => {
	assert.deepEqual(wrap(red('中文，中文。'), 4), [red('中'), red('文，'), red('中'), red('文。')]);
});

test('a newline in coloured input breaks like one in plain input', () => {
	assert.deepEqual(wrap(red('one two\nthree'), 20), [red('one two'), red('three')]);
});

test('breakLines gives the ranges of the plain text, spaces at the break left out', () => {
	assert.deepEqual(breakLines('hello world', 5), [
		{start: 0, end: 5},
		{start: 6, end: 11},
	]);
});

test('no break right after a slash: CI/CD and Rust/Terraform stay whole where they fit', () => {
	assert.deepEqual(wrap('with CI/CD workflows', 9), ['with', 'CI/CD', 'workflows']);
	assert.deepEqual(wrap('use Rust/Terraform', 16), ['use', 'Rust/Terraform']);
	// A word wider than the line breaks after its slashes, and inside a piece only when that is wider too.
	assert.deepEqual(wrap('use Rust/Terraform', 12), ['use', 'Rust/', 'Terraform']);
	assert.deepEqual(wrap('Terraform/Ansible/Helm/Python/Rust', 25), ['Terraform/Ansible/Helm/', 'Python/Rust']);
	assert.deepEqual(wrap('see https://aster.example.org', 20), ['see', 'https://', 'aster.example.org']);
	assert.deepEqual(wrap('a/Terraform', 5), ['a/', 'Terra', 'form']);
});
