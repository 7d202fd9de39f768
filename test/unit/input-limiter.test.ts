import assert from 'node:assert/strict';
import {test} from 'node:test';
import InputLimiter, {inputLimits} from '../../source/serve/limits/input-limiter.js';
import InputShares from '../../source/serve/limits/input-shares.js';
import TokenBucket from '../../source/serve/limits/token-bucket.js';

/** A clock that moves only when told, in milliseconds. */
function clock() {
	let now = 0;
	return {now: () => now, advance: (ms: number) => (now += ms)};
}

/** A session's limiter on `now`, from an address of its own. */
const limiterOn = (now: () => number) =>
	new InputLimiter(now, new InputShares(inputLimits, now).take('192.0.2.1').bytes);

test('a token bucket gives its burst, then its rate, never more than its burst after a rest', () => {
	const time = clock();
	const bucket = new TokenBucket(10, 5, time.now);
	assert.equal(Array.from({length: 12}, () => bucket.take()).filter(Boolean).length, 10);
	time.advance(1000);
	assert.equal(Array.from({length: 12}, () => bucket.take()).filter(Boolean).length, 5);
	time.advance(60_000);
	assert.equal(Array.from({length: 12}, () => bucket.take()).filter(Boolean).length, 10);
	assert.equal(bucket.take(), false);
	time.advance(200);
	assert.ok(bucket.take(), 'a token a fifth of a second');
	assert.equal(bucket.take(3), false, 'a take of more than there is takes none');
	time.advance(600);
	assert.ok(bucket.take(3));
});

test('keys: a person typing, or autorepeat, is never dropped; a flood is cut to the burst and the rate', () => {
	const time = clock();
	const limiter = limiterOn(time.now);
	// Autorepeat at 30 keys a second for a minute.
	for (let key = 0; key < 30 * 60; key++) {
		assert.ok(limiter.key(), `key ${key}`);
		time.advance(1000 / 30);
	}

	// A query's worth pasted as keys, at once.
	assert.equal(Array.from({length: 100}, () => limiter.key()).filter(Boolean).length, 100);
	time.advance(60_000);
	const flood = Array.from({length: 100_000}, () => limiter.key()).filter(Boolean).length;
	assert.equal(flood, inputLimits.keyBurst);
	time.advance(1000);
	assert.equal(Array.from({length: 1000}, () => limiter.key()).filter(Boolean).length, inputLimits.keysPerSecond);
});

test('bytes: a bracketed paste of a long page passes; a megabyte does not', () => {
	const time = clock();
	const limiter = limiterOn(time.now);
	const read = 32 * 1024;
	let sent = 0;
	while (limiter.read(read)) {
		sent += read;
	}

	assert.ok(sent >= 200 * 1024, `${sent} bytes at once`);
	assert.ok(sent < 1024 * 1024, `${sent} bytes at once`);
	// What is left of the burst, taken by empty reads: less than a large read.
	let empty = 0;
	while (limiter.read(0)) {
		empty++;
	}

	assert.ok(empty * inputLimits.readCost < read + inputLimits.readCost, `${empty} empty reads`);

	time.advance(1000);
	assert.ok(limiter.read(inputLimits.bytesPerSecond - 2 * inputLimits.readCost), 'the rate comes back');
	assert.equal(limiter.read(1024), false);
});

test('reads: a person’s keys, a read each, pass for an hour; a byte a read is cut off after a few thousand', () => {
	const time = clock();
	const person = limiterOn(time.now);
	// Autorepeat of a three-byte key (an arrow) at 30 a second.
	for (let key = 0; key < 30 * 3600; key++) {
		assert.ok(person.read(3), `read ${key}`);
		time.advance(1000 / 30);
	}

	const flooder = limiterOn(clock().now);
	let reads = 0;
	while (flooder.read(1)) {
		reads++;
	}

	assert.ok(reads < 4096, `${reads} reads of a byte`);
});

test('bytes are shared by the sessions of an address, not by other addresses; an address is forgotten once let go and rested', () => {
	const time = clock();
	const shares = new InputShares(inputLimits, time.now);
	const [first, second] = [shares.take('192.0.2.1'), shares.take('192.0.2.1')];
	const other = shares.take('192.0.2.2');
	const a = new InputLimiter(time.now, first.bytes);
	const b = new InputLimiter(time.now, second.bytes);
	const read = 32 * 1024;
	let sent = 0;
	while (a.read(read)) {
		sent += read;
	}

	assert.ok(sent > 0);
	assert.equal(b.read(read), false, 'the second session has no share of its own');
	assert.ok(new InputLimiter(time.now, other.bytes).read(read), 'another address has its own');
	first.release();
	second.release();
	other.release();
	assert.equal(shares.size, 2, 'the addresses that sent are remembered until their buckets are full again');
	time.advance(60_000);
	shares.take('192.0.2.1').release();
	shares.take('192.0.2.2').release();
	assert.equal(shares.size, 0, 'rested and let go: forgotten');
});
