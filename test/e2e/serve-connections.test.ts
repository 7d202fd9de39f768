import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {after, before, describe, test} from 'node:test';
import {type AnyAuthMethod, Client as SshClient} from 'ssh2';
import {defaultLimits} from '../../source/serve/config/options.js';
import within from '../support/within.js';
import {start} from './harness.js';
import {lastWords} from './restored.js';
import {holdOpen, ServerProcess, sshArgs} from './server-process.js';
import {connectClient, execToEnd} from './ssh2-raw.js';

// Connections that hold a place and do nothing with it, sessions without a key, clients that
// knock again and again: each is let go in bounded time, and what is refused makes a few log
// lines, not one a refusal.

// One server of short times for the file: what waits on them waits a second or two.
const handshakeSeconds = 2;

describe('serve: connections', () => {
	let server: ServerProcess;
	before(async () => {
		server = await ServerProcess.start({
			flags: [
				'--connections-per-minute',
				'100000',
				'--handshake-seconds',
				`${handshakeSeconds}`,
				'--idle-seconds',
				'1',
				'--max-sessions-per-address',
				'2',
			],
		});
	});
	after(() => server.close());

	const refusals = (reason: string) => server.metric('manjusaka_refusals_total', `reason="${reason}"`);

	test('a handshake that never comes, and ssh -N, which opens no session: each let go after --handshake-seconds', async () => {
		const [timeouts, noSessions] = [await refusals('handshake-timeout'), await refusals('no-session')];
		const began = Date.now();
		const socket = await holdOpen(server.port);
		const [program, ...args] = sshArgs(server.port, 'en', ['-N']);
		const ssh = spawn(program!, args, {stdio: 'ignore'});
		try {
			await within(once(socket, 'close'), 'the close of the silent connection', 8000);
			assert.ok(Date.now() - began >= handshakeSeconds * 1000 - 100, `closed after ${Date.now() - began} ms`);
			await within(once(ssh, 'exit'), 'end of ssh -N', 8000);
		} finally {
			ssh.kill();
		}

		assert.equal(await refusals('handshake-timeout'), timeouts + 1);
		assert.equal(await refusals('no-session'), noSessions + 1);
	});

	test('a connection whose sessions have ended is let go after the idle time', async () => {
		const counted = await refusals('idle-connection');
		const client = await connectClient(server.port);
		const closed = once(client, 'close');
		await execToEnd(client, '--format json');
		await within(closed, 'end of the idle connection', 8000);
		assert.equal(await refusals('idle-connection'), counted + 1);
	});

	test('a session without a key: the app ends, and a line on the normal screen says why, exit 1', async () => {
		const session = start({cols: 80, rows: 24, command: sshArgs(server.port, 'en', ['-t'])});
		try {
			await session.ready('Profile');
			assert.deepEqual(await session.exit, {exitCode: 1, signal: null});
			assert.equal(await lastWords(session), 'closed after 1 second without a key; reconnect to go on');
			assert.equal(session.terminal.buffer.active.type, 'normal');
			await server.waitForLog((event) => event.event === 'session-end' && event.why === 'idle');
		} finally {
			await session.close();
		}
	});

	test('2,000 passwords on one connection: cut after 6, and a few lines of log', async () => {
		const before = server.logs.length;
		const counted = await refusals('auth-tries');
		let attempts = 0;
		const client = new SshClient();
		const ended = new Promise<void>((resolve) => {
			client.on('error', () => undefined).once('close', () => resolve());
		});
		client.connect({
			host: '127.0.0.1',
			port: server.port,
			username: 'en',
			readyTimeout: 10_000,
			authHandler: (_methods, _partial, next) => {
				attempts += 1;
				// ssh2 takes false as the end of the methods; its types do not say so.
				next(
					attempts <= 2000
						? {type: 'password', username: 'en', password: `guess ${attempts}`}
						: (false as unknown as AnyAuthMethod),
				);
			},
		});
		await within(ended, 'end of the connection', 20_000);
		assert.ok(attempts <= 7, `${attempts} attempts`);
		assert.equal(await refusals('auth-tries'), counted + 1);
		const lines = server.logs.slice(before).filter((event) => event.event === 'refused');
		assert.ok(lines.length <= 10, `${lines.length} lines`);
	});

	test('50,000 refused variables: the connection is cut, and the log stays short', async () => {
		const before = server.logs.length;
		const [cuts, variables] = [await refusals('refusals'), await refusals('env')];
		const client = await connectClient(server.port);
		// The server cuts the connection while the client still writes: a broken pipe, expected.
		const ended = new Promise<void>((resolve) => {
			client.on('error', () => undefined).once('close', () => resolve());
		});
		const env = Object.fromEntries(Array.from({length: 50_000}, (_, index) => [`NOT_TAKEN_${index}`, 'x']));
		client.exec('--format json', {env}, () => undefined);
		await within(ended, 'end of the connection', 10_000);
		const lines = server.logs.slice(before);
		assert.ok(lines.length <= 12, `${lines.length} lines`);
		assert.ok((await refusals('refusals')) >= cuts + 1);
		// Once cut, what is left of the client's last reads is neither served nor counted.
		const counted = (await refusals('env')) - variables;
		assert.ok(counted <= defaultLimits.maxRefusalsPerConnection * 2, `${counted} variables refused and counted`);
	});
});
