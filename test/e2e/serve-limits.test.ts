import assert from 'node:assert/strict';
import {connect} from 'node:net';
import {describe, test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import {frameText} from '../support/screen.js';
import {type Session, start} from './harness.js';
import {runSsh, ServerProcess, sshArgs} from './server-process.js';

// Each limit of `manjusaka serve`, set low, against the OpenSSH client on the loopback.

function visit(server: ServerProcess, cols = 80, rows = 24, user = 'en'): Session {
	return start({cols, rows, command: sshArgs(server.port, user, ['-t'])});
}

/** Runs `body` with a server started with `flags`, and always ends it. */
async function withServer(flags: readonly string[], body: (server: ServerProcess) => Promise<void>): Promise<void> {
	const server = await ServerProcess.start({flags});
	try {
		await body(server);
	} finally {
		await server.close();
	}
}

/** What the session left on the normal screen after the app, once ssh has ended. */
async function lastWords(session: Session): Promise<string> {
	await session.exit;
	const bytes = session.output();
	return stripVTControlCharacters(bytes.slice(bytes.lastIndexOf('\u001B[?1049l'))).trim();
}

describe('serve: limits', () => {
	test('sessions per address: the next one is told in one line, exit 1, and counted', () =>
		withServer(['--max-sessions-per-address', '1'], async (server) => {
			const held = visit(server);
			try {
				await held.ready('Profile');
				const refused = runSsh(server.port, {user: 'en'});
				assert.equal(refused.status, 1);
				assert.equal(refused.stderr, 'too many sessions from your address; try again in a minute\n');
				assert.equal(refused.stdout, '');
				assert.equal(await server.metric('manjusaka_refusals_total', 'reason="address"'), 1);
			} finally {
				await held.close();
			}
		}));

	test('sessions in all: the server says it is full', () =>
		withServer(['--max-sessions', '1'], async (server) => {
			const held = visit(server);
			try {
				await held.ready('Profile');
				const refused = runSsh(server.port, {user: 'en'});
				assert.equal(refused.status, 1);
				assert.equal(refused.stderr, 'the server is full; try again in a minute\n');
			} finally {
				await held.close();
			}
		}));

	test('new connections a minute from one address: past the bucket the socket is closed', () =>
		withServer(['--connections-per-minute', '2'], async (server) => {
			assert.equal(runSsh(server.port).status, 0);
			assert.equal(runSsh(server.port).status, 0);
			const refused = runSsh(server.port);
			assert.equal(refused.status, 255);
			assert.equal(refused.stdout, '');
			assert.equal(await server.metric('manjusaka_refusals_total', 'reason="rate"'), 1);
		}));

	test('a handshake that never comes: the socket is closed after --handshake-seconds', () =>
		withServer(['--handshake-seconds', '1'], async (server) => {
			const began = Date.now();
			const socket = connect(server.port, '127.0.0.1');
			socket.on('data', () => undefined);
			await new Promise((resolve) => {
				socket.once('close', resolve);
			});
			assert.ok(Date.now() - began >= 900, `closed after ${Date.now() - began} ms`);
			assert.equal(await server.metric('manjusaka_refusals_total', 'reason="handshake-timeout"'), 1);
		}));

	test('idle: the app ends, and a line on the normal screen says why, exit 1', () =>
		withServer(['--idle-seconds', '1'], async (server) => {
			const session = visit(server);
			try {
				await session.ready('Profile');
				assert.deepEqual(await session.exit, {exitCode: 1, signal: null});
				assert.equal(await lastWords(session), 'closed after 1 second without a key; reconnect to go on');
				assert.equal(session.terminal.buffer.active.type, 'normal');
				await server.waitForLog((event) => event.event === 'session-end' && event.why === 'idle');
			} finally {
				await session.close();
			}
		}));

	test('the longest session: ended at --session-seconds however busy', () =>
		withServer(['--session-seconds', '2'], async (server) => {
			const session = visit(server);
			try {
				await session.ready('Profile');
				const typing = setInterval(() => session.press('down'), 200);
				const exit = await session.exit;
				clearInterval(typing);
				assert.deepEqual(exit, {exitCode: 1, signal: null});
				assert.match(await lastWords(session), /^this session reached its limit of 2 seconds; reconnect to go on$/);
			} finally {
				await session.close();
			}
		}));

	test('a window wider and taller than the limits is drawn at the limits', () =>
		withServer(['--max-columns', '60', '--max-rows', '20'], async (server) => {
			const session = visit(server, 100, 30);
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
		}));
});
