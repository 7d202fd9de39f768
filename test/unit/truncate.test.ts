import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringWidth from '../../source/text/string-width.js';
import truncate from '../../source/text/truncate.js';

test('text that fits is left whole', () => {
	assert.equal(truncate('饿了么', 6, '…'), '饿了么');
});

test('a Chinese character that would straddle the edge is left out', () => {
	const cut = truncate('2017.02-2018.11 北京闪银科技有限公司', 34, '…');
	assert.equal(cut, '2017.02-2018.11 北京闪银科技有限…');
	assert.equal(stringWidth(cut), 33);
});

test('every width from 0 to the full text stays within it, ASCII ellipsis too', () => {
	const text = '阿里云（内部调转） Senior SRE@debank.com';
	for (let width = 0; width <= stringWidth(text); width++) {
		for (const ellipsis of ['…', '...']) {
			assert.ok(stringWidth(truncate(text, width, ellipsis)) <= width, `${width} ${ellipsis}`);
		}
	}
});
