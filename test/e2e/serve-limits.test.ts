import assert from 'node:assert/strict';
import {once} from 'node:events';
import {after, before, beforeEach, describe, test} from 'node:test';
import poll from '../support/poll.js';
import {frameText} from '../support/screen.js';
import within from '../support/within.js';
import {type Session, start} from './harness.js';
import {lastWords} from './restored.js';
import {holdOpen, runSsh, ServerProcess, sshArgs} from './server-process.js';

// Each limit of `manjusaka serve`, set low, against the OpenSSH client on the loopback. One
// server holds the limits that need no clock; each test comes from loopback addresses of its
// own (127.0.0.x), as the per-address limits are kept by address. The limits that are times
// are tested in serve-connections.test.ts, on a server of short times.

/** The app over ssh from `from`, as `en`, in a terminal of `cols` × `rows`. */
function visit(server: ServerProcess, from: string, cols = 80, rows = 24): Session {
	return start({cols, rows, command: sshArgs(server.port, 'en', ['-t', '-b', from])});
}

/** The OpenSSH client without a terminal, from `from`. */
const runFrom = (server: ServerProcess, from: string) => runSsh(server.port, {user: 'en', options: ['-b', from]});

describe('serve: limits', () => {
	let server: ServerProcess;
	before(async () => {
		server = await ServerProcess.start({
			flags: [
				'--max-sessions',
				'2',
				'--max-sessions-per-address',
				'1',
				'--connections-per-minute',
				'3',
				'--max-columns',
				'60',
				'--max-rows',
				'20',
			],
		});
	});
	after(() => server.close());
	// Every test starts on an empty server: what the one before held is given back first.
	beforeEach(async () => {
		for (const gauge of ['manjusaka_active_sessions', 'manjusaka_open_connections']) {
			await poll(
				() => server.metric(gauge),
				(count) => count === 0,
				{what: `${gauge} at 0`},
			);
		}
	});

	const refusals = (reason: string) => server.metric('manjusaka_refusals_total', `reason="${reason}"`);

	test('sessions per address: the next one is told in one line, exit 1, and counted', async () => {
		const held = visit(server, '127.0.0.2');
		try {
			await held.ready('Profile');
			const counted = await refusals('address');
			const refused = runFrom(server, '127.0.0.2');
			assert.equal(refused.status, 1);
			assert.equal(refused.stderr, 'too many sessions from your address; try again in a minute\n');
			assert.equal(refused.stdout, '');
			assert.equal(await refusals('address'), counted + 1);
			// Another address is served meanwhile.
			assert.equal(runFrom(server, '127.0.0.3').status, 0);
		} finally {
			await held.close();
		}
	});

	test('sessions in all: the server says it is full', async () => {
		const held = [visit(server, '127.0.0.4'), visit(server, '127.0.0.5')];
		try {
			await Promise.all(held.map((session) => session.ready('Profile')));
			const refused = runFrom(server, '127.0.0.6');
			assert.equal(refused.status, 1);
			assert.equal(refused.stderr, 'the server is full; try again in a minute\n');
		} finally {
			await Promise.all(held.map((session) => session.close()));
		}
	});

	test('new connections a minute from one address: past the bucket the socket is closed', async () => {
		const counted = await refusals('rate');
		for (let visit = 0; visit < 3; visit++) {
			assert.equal(runFrom(server, '127.0.0.7').status, 0);
		}

		const refused = runFrom(server, '127.0.0.7');
		assert.equal(refused.status, 255);
		assert.equal(refused.stdout, '');
		assert.equal(await refusals('rate'), counted + 1);
	});

	test('connections from one address: twice its sessions; a gauge of those open', async () => {
		const open = () => server.metric('manjusaka_open_connections');
		const counted = await refusals('address-connections');
		const held = [await holdOpen(server.port, '127.0.0.8'), await holdOpen(server.port, '127.0.0.8')];
		await poll(open, (count) => count === 2, {timeout: 5000, what: 'two connections open'});
		const third = await holdOpen(server.port, '127.0.0.8');
		await within(once(third, 'close'), 'the close of the third connection');
		assert.equal(await refusals('address-connections'), counted + 1);
		assert.equal(await open(), 2);
		for (const socket of held) {
			socket.destroy();
		}

		await poll(open, (count) => count === 0, {timeout: 5000, what: 'no connection open'});
	});

	test('a window wider and taller than the limits is drawn at the limits', async () => {
		const session = visit(server, '127.0.0.9', 100, 30);
		try {
			const screen = await session.ready('Profile');
			const rows = screen.split('\n');
			assert.ok(
				rows.every((row) => row.trimEnd().length <= 60),
				frameText(screen),
			);
			assert.match(rows[19] ?? '', /quit/, frameText(screen));
			assert.equal(rows.slice(20).join('').trim(), '', frameText(screen));
		} finally {
			await session.close();
		}
	});
});

describe('serve: the longest session', () => {
	test('ended at --session-seconds however busy', async () => {
		const server = await ServerProcess.start({flags: ['--session-seconds', '2']});
		const session = visit(server, '127.0.0.1');
		try {
			await session.ready('Profile');
			const typing = setInterval(() => session.press('down'), 200);
			const exit = await session.exit;
			clearInterval(typing);
			assert.deepEqual(exit, {exitCode: 1, signal: null});
			assert.match(await lastWords(session), /^this session reached its limit of 2 seconds; reconnect to go on$/);
		} finally {
			await session.close();
			await server.close();
		}
	});
});
