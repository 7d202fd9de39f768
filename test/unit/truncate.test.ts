import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringWidth from '../../source/text/string-width.js';
import truncate from '../../source/text/truncate.js';

test('text that fits is left whole', () => {
	assert.equal(truncate('三个字', 6, '…'), '三个字');
});

test('a Chinese character that would straddle the edge is left out', () => {
	const cut = truncate('2017.09-2018.05 示例理工大学计算机系', 34, '…');
	assert.equal(cut, '2017.09-2018.05 示例理工大学计算…');
	assert.equal(stringWidth(cut), 33);
});

test('every width from 0 to the full text stays within it, ASCII ellipsis too', () => {
	const text = '云杉科技（内部调转） Staff SRE@northwind.example';
	for (let width = 0; width <= stringWidth(text); width++) {
		for (const ellipsis of ['…', '...']) {
			assert.ok(stringWidth(truncate(text, width, ellipsis)) <= width, `${width} ${ellipsis}`);
		}
	}
});
