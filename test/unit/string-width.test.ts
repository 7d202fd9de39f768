import assert from 'node:assert/strict';
import {test} from 'node:test';
import realStringWidth from 'string-width';
import stringWidth from '../../source/text/string-width.js';

test('agrees with string-width on every character of its fast ranges', () => {
	for (const [first, last] of [
		[0x00, 0x2_fff],
		[0x30_00, 0x30_ff],
		[0x4e_00, 0x9f_ff],
		[0xff_00, 0xff_ff],
	] as const) {
		for (let code = first; code <= last; code++) {
			const character = String.fromCharCode(code);
			assert.equal(stringWidth(character), realStringWidth(character), `U+${code.toString(16)}`);
		}
	}
});

test('agrees with string-width on mixed, coloured, emoji and combining text', () => {
	for (const text of [
		'',
		'1. 在任职期间，通过制定线上操作 SOP 来避免人为故障',
		'\u001B[31m红色\u001B[39m text',
		'😀 emoji 👩‍💻',
		'é combining e\u0301',
		'한국어 かな',
		'tab\there',
		'ｆｕｌｌ',
	]) {
		assert.equal(stringWidth(text), realStringWidth(text), JSON.stringify(text));
	}

	assert.equal(stringWidth('中文', {ambiguousIsNarrow: false}), realStringWidth('中文', {ambiguousIsNarrow: false}));
});

test('the fast path counts Chinese as two columns and ASCII as one', () => {
	assert.equal(stringWidth('工作内容 abc'), 12);
});
