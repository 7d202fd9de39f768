import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringWidth from 'string-width';
import {deleteCharacter, deleteWord, maxPasteBytes, maxQuery, typeInto} from '../../source/keys/query-edit.js';
import fitQuery, {queryTail} from '../../source/ui/layout/query-line.js';

test('typing adds at the end; a paste’s line breaks and tabs read as spaces, its control characters go', () => {
	assert.equal(typeInto('Et', 'c'), 'Etc');
	assert.equal(typeInto('', '监控'), '监控');
	assert.equal(typeInto('a', 'b\r\nc\td\ne\u0007f\u001B[31m\u009Bg'), 'ab c d ef[31mg');
	assert.equal(typeInto('', 'x'.repeat(500)).length, maxQuery, 'a long paste is cut');
	assert.equal(typeInto('', '监'.repeat(500)), '监'.repeat(maxQuery));
});

test('what is typed is cut before it is read: no more of it is looked at than a paste keeps, yet a query of the longest characters fits', () => {
	// One character with 20,000 accents: read whole, the query would hold all of them.
	const accents = `a${'\u0301'.repeat(20_000)}b`;
	assert.ok(typeInto('', accents).length <= maxPasteBytes, 'one endless character is cut');
	assert.ok(typeInto('x'.repeat(maxQuery - 1), accents).length <= maxQuery + maxPasteBytes);
	// A megabyte pasted without bracketed paste mode is a query's worth of characters.
	assert.equal(typeInto('', 'tidb '.repeat(200_000)), 'tidb '.repeat(maxQuery / 5));
	// A family emoji with skin tones (ZWJ sequences) is among the longest graphemes there are.
	const family = '👩🏽\u200D👩🏽\u200D👧🏽\u200D👦🏽';
	assert.equal(typeInto('', family.repeat(maxQuery + 5)), family.repeat(maxQuery));
	assert.ok(
		!/[\uD800-\uDBFF]$/.test(typeInto('', `${'x'.repeat(maxPasteBytes - 1)}😀`)),
		'never half a surrogate pair',
	);
});

test('Backspace takes the last character whole: a Chinese one, a letter with its accent', () => {
	assert.equal(deleteCharacter('监控'), '监');
	assert.equal(deleteCharacter('Etcd'), 'Etc');
	assert.equal(deleteCharacter('cafe\u0301'), 'caf');
	assert.equal(deleteCharacter('👍🏽x'), '👍🏽');
	assert.equal(deleteCharacter('👍🏽'), '');
	assert.equal(deleteCharacter(''), '');
});

test('Ctrl+W takes the last word and the spaces after it, as in a shell', () => {
	assert.equal(deleteWord('基于 Etcd'), '基于 ');
	assert.equal(deleteWord('基于 Etcd  '), '基于 ');
	assert.equal(deleteWord('监控体系'), '');
	assert.equal(deleteWord('Go RabbitMQ client'), 'Go RabbitMQ ');
	assert.equal(deleteWord('   '), '');
	assert.equal(deleteWord(''), '');
});

test('the query line shows the end of a long query, never a wide character cut, within its room', () => {
	assert.equal(queryTail('Etcd', 10, '…'), 'Etcd');
	assert.equal(queryTail('Kubernetes', 6, '…'), '…netes');
	// `监控体系` is 8 columns; in 6, the ellipsis and two characters (5 columns), not half a third.
	assert.equal(queryTail('监控体系', 6, '…'), '…体系');
	assert.equal(queryTail('监控体系', 6, '...'), '...系');
	assert.equal(queryTail('监控', 0, '…'), '');
	for (let room = 0; room <= 12; room++) {
		assert.ok(stringWidth(queryTail('基于Etcd构建数据平台', room, '…')) <= room, `room ${room}`);
	}
});

test('the query gets the room it needs, the count what is left, unless the query would get too little', () => {
	// ` /` and the cursor take 3 columns; `  1 match` takes 9.
	assert.deepEqual(fitQuery('Etcd', '  1 match', 40, '…'), {query: 'Etcd', rest: 33});
	assert.deepEqual(fitQuery('监控', '  3 处匹配', 40, '…'), {query: '监控', rest: 33});
	// 20 columns: 17 of room, 9 for the note, 8 for the query. 19: 7 would be too few, the query takes all 16.
	const long = 'Kubernetes and more';
	assert.deepEqual(fitQuery(long, '  1 match', 20, '…'), {query: '…nd more', rest: 9});
	assert.deepEqual(fitQuery(long, '  1 match', 19, '…'), {query: '…rnetes and more', rest: 0});
	assert.deepEqual(fitQuery(long, '  1 match', 30, '…'), {query: '…bernetes and more', rest: 9});
});
