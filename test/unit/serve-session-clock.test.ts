import assert from 'node:assert/strict';
import {mock, test} from 'node:test';
import sessionClock, {type Expiry} from '../../source/serve/limits/session-clock.js';

const limits = {handshakeSeconds: 10, idleSeconds: 600};

test('a connection that starts no session expires after the handshake time', (context) => {
	context.mock.timers.enable({apis: ['setTimeout']});
	const expired: Expiry[] = [];
	sessionClock(limits, (why) => expired.push(why));
	context.mock.timers.tick(9999);
	assert.deepEqual(expired, []);
	context.mock.timers.tick(1);
	assert.deepEqual(expired, ['handshake-timeout']);
});

test('a running session holds it; once every session has ended, the idle time runs', (context) => {
	context.mock.timers.enable({apis: ['setTimeout']});
	const expired: Expiry[] = [];
	const clock = sessionClock(limits, (why) => expired.push(why));
	clock.started();
	clock.started();
	context.mock.timers.tick(3_600_000);
	clock.ended();
	context.mock.timers.tick(3_600_000);
	assert.deepEqual(expired, [], 'one session still runs');
	clock.ended();
	context.mock.timers.tick(599_999);
	assert.deepEqual(expired, []);
	context.mock.timers.tick(1);
	assert.deepEqual(expired, ['idle-connection']);
});

test('a connection gone stops its clock', (context) => {
	context.mock.timers.enable({apis: ['setTimeout']});
	const expire = mock.fn();
	sessionClock(limits, expire).stop();
	context.mock.timers.tick(20_000);
	assert.equal(expire.mock.callCount(), 0);
});

test('a session that ends after its connection is gone starts no clock', (context) => {
	context.mock.timers.enable({apis: ['setTimeout']});
	const expire = mock.fn();
	const clock = sessionClock(limits, expire);
	clock.started();
	clock.stop();
	clock.ended();
	context.mock.timers.tick(3_600_000);
	assert.equal(expire.mock.callCount(), 0);
});
