import assert from 'node:assert/strict';
import {test} from 'node:test';
import createAddressLog from '../../source/serve/operations/address-log.js';
import createLog, {clip, formatAddress} from '../../source/serve/operations/log.js';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A log that keeps its lines, parsed, at a fixed time. */
function memoryLog() {
	const lines: string[] = [];
	const log = createLog(
		(line) => lines.push(line),
		{pid: 1},
		() => new Date(0),
	);
	return {log, lines, events: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>)};
}

test('clip counts code points: an emoji is one character and is never cut in two', () => {
	const name = `${'a'.repeat(63)}😀`;
	assert.equal(clip(name, 64), name);
	assert.equal(clip(`${name}b`, 64), name);
	assert.equal(clip(`${'a'.repeat(63)}😀😀`, 64), name);
	assert.equal(clip('😀😀😀', 2), '😀😀');
	assert.equal(clip('short', 64), 'short');
});

test('every text field of a line is bounded, and holds no half of a surrogate pair', () => {
	const {log, lines, events} = memoryLog();
	log('refused', {reason: 'env', address: '127.0.0.1', message: 'x'.repeat(30_000), odd: 'a\uD83D', count: 3});
	assert.ok(lines[0]!.length < 2200, `${lines[0]!.length} characters`);
	const [event] = events();
	assert.doesNotMatch(lines[0]!, loneSurrogate);
	assert.doesNotMatch(String(event!.odd), loneSurrogate);
	assert.equal(event!.odd, 'a\uFFFD');
	assert.equal(event!.count, 3);
	assert.deepEqual(Object.keys(event!), ['time', 'event', 'pid', 'reason', 'address', 'message', 'odd', 'count']);
});

test('an IPv6 address is written in brackets before its port', () => {
	assert.equal(formatAddress('127.0.0.1', 2222), '127.0.0.1:2222');
	assert.equal(formatAddress('::1', 2339), '[::1]:2339');
	assert.equal(formatAddress('::', 2222), '[::]:2222');
	assert.equal(formatAddress('fe80::1%eth0', 22), '[fe80::1%eth0]:22');
	assert.equal(formatAddress('localhost', 22), 'localhost:22');
});

test('2,000 refusals from one address: ten lines, then one that says how many were dropped', () => {
	const {log, events} = memoryLog();
	let now = 0;
	const logFrom = createAddressLog(log, () => now);
	const refuse = (reason: string, address: string) => logFrom(address, 'refused', {reason});
	for (let refusal = 0; refusal < 2000; refusal++) {
		refuse('password', '10.0.0.1');
	}

	refuse('password', '10.0.0.2');
	assert.equal(events().length, 11, 'ten from the first address, one from another');
	now += 6000;
	refuse('env', '10.0.0.1');
	const last = events().at(-1)!;
	assert.deepEqual(
		{reason: last.reason, address: last.address, dropped: last.dropped},
		{
			reason: 'env',
			address: '10.0.0.1',
			dropped: 1990,
		},
	);
	refuse('env', '10.0.0.2');
	assert.equal(events().at(-1)!.dropped, undefined);
});

test("an address's lines of every kind share its rate: dropped keys from sessions that come and go are lines like refusals", () => {
	const {log, events} = memoryLog();
	const logFrom = createAddressLog(log, () => 0);
	for (let session = 0; session < 300; session++) {
		logFrom('10.0.0.1', 'input-dropped', {keys: 1000});
		logFrom('10.0.0.1', 'refused', {reason: 'channels'});
	}

	assert.equal(events().length, 10);
});
