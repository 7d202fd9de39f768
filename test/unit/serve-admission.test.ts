import assert from 'node:assert/strict';
import {test} from 'node:test';
import Admission from '../../source/serve/limits/admission.js';

const limits = {maxSessions: 3, maxSessionsPerAddress: 2, connectionsPerMinute: 4};

function clock() {
	let now = 0;
	return {now: () => now, advance: (milliseconds: number) => (now += milliseconds)};
}

test('a bucket per address: its tokens, then refused, then refilled over the minute', () => {
	const time = clock();
	const admission = new Admission(limits, time.now);
	for (let connection = 0; connection < 4; connection++) {
		assert.equal(admission.connect('a'), undefined);
		admission.disconnect('a');
	}

	assert.equal(admission.connect('a'), 'rate');
	assert.equal(admission.connect('b'), undefined, 'another address has its own bucket');
	time.advance(15_000);
	assert.equal(admission.connect('a'), undefined, 'a quarter of the minute gives one token back');
	assert.equal(admission.connect('a'), 'rate');
});

test('connections in all: twice the sessions allowed', () => {
	const admission = new Admission({...limits, connectionsPerMinute: 100}, clock().now);
	for (let connection = 0; connection < 6; connection++) {
		assert.equal(admission.connect(`address ${connection}`), undefined);
	}

	assert.equal(admission.connect('one more'), 'connections');
	admission.disconnect('address 0');
	assert.equal(admission.connect('one more'), undefined);
});

test('sessions per address and in all; each end gives its place back', () => {
	const admission = new Admission(limits, clock().now);
	assert.equal(admission.startSession('a'), undefined);
	assert.equal(admission.startSession('a'), undefined);
	assert.equal(admission.startSession('a'), 'address');
	assert.equal(admission.startSession('b'), undefined);
	assert.equal(admission.startSession('c'), 'sessions');
	admission.endSession('a');
	assert.equal(admission.startSession('c'), undefined);
	assert.deepEqual(admission.counts(), {connections: 0, sessions: 3, addresses: 3});
});

test('addresses nobody uses are forgotten once their bucket is full again', () => {
	const time = clock();
	const admission = new Admission(
		{maxSessions: 1000, maxSessionsPerAddress: 1000, connectionsPerMinute: 1000},
		time.now,
	);
	for (let address = 0; address < 300; address++) {
		admission.connect(`10.0.0.${address}`);
		admission.disconnect(`10.0.0.${address}`);
	}

	assert.ok(admission.counts().addresses > 0, 'just used: remembered');
	time.advance(60_000);
	for (let connection = 0; connection < 256; connection++) {
		admission.connect('kept');
	}

	assert.deepEqual(admission.counts(), {connections: 256, sessions: 0, addresses: 1});
});

test('connections from one address: twice the sessions it may open, at most half of all', () => {
	const small = new Admission({maxSessions: 3, maxSessionsPerAddress: 8, connectionsPerMinute: 100}, clock().now);
	for (let connection = 0; connection < 3; connection++) {
		assert.equal(small.connect('a'), undefined);
	}

	assert.equal(small.connect('a'), 'address-connections');
	assert.equal(small.connect('b'), undefined, 'half of the six places are left for others');

	const admission = new Admission({...limits, maxSessions: 100, connectionsPerMinute: 100}, clock().now);
	for (let connection = 0; connection < 4; connection++) {
		assert.equal(admission.connect('a'), undefined);
	}

	assert.equal(admission.connect('a'), 'address-connections');
	assert.equal(admission.connect('b'), undefined, 'another address has its own');
	admission.disconnect('a');
	assert.equal(admission.connect('a'), undefined);
});
