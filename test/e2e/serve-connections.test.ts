import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {connect, type Socket} from 'node:net';
import {after, before, describe, test} from 'node:test';
import {type AnyAuthMethod, Client as SshClient} from 'ssh2';
import {defaultLimits} from '../../source/serve/config/options.js';
import poll from '../support/poll.js';
import within from '../support/within.js';
import {ServerProcess, sshArgs} from './server-process.js';
import {connectClient, execToEnd} from './ssh2-raw.js';

// Connections that hold a place and do nothing with it, or knock again and again: each is let
// go in bounded time, and what is refused makes a few log lines, not one a refusal.

/** A TCP connection to `port` that sends nothing, once it is open. */
async function holdOpen(port: number): Promise<Socket> {
	const socket = connect(port, '127.0.0.1');
	socket.on('error', () => undefined);
	socket.on('data', () => undefined);
	await once(socket, 'connect');
	return socket;
}

/** Resolves once `socket` has been closed, failing after `milliseconds`. */
async function closedWithin(socket: Socket, milliseconds: number): Promise<void> {
	if (socket.closed) {
		return;
	}

	await poll(
		() => socket.closed,
		(closed) => closed,
		{timeout: milliseconds, what: 'the server to close the connection'},
	);
}

describe('serve: connections', () => {
	let server: ServerProcess;
	before(async () => {
		server = await ServerProcess.start({
			flags: [
				'--connections-per-minute',
				'100000',
				'--handshake-seconds',
				'1',
				'--idle-seconds',
				'1',
				'--max-sessions-per-address',
				'2',
			],
		});
	});
	after(() => server.close());

	const refusals = (reason: string) => server.metric('manjusaka_refusals_total', `reason="${reason}"`);

	test('ssh -N, which opens no session, is let go after the handshake time', async () => {
		const [program, ...args] = sshArgs(server.port, 'en', ['-N']);
		const ssh = spawn(program!, args, {stdio: 'ignore'});
		try {
			await within(once(ssh, 'exit'), 'end of ssh -N', 8000);
		} finally {
			ssh.kill();
		}

		assert.equal(await refusals('no-session'), 1);
	});

	test('a connection whose sessions have ended is let go after the idle time', async () => {
		const client = await connectClient(server.port);
		const closed = once(client, 'close');
		await execToEnd(client, '--format json');
		await within(closed, 'end of the idle connection', 8000);
		assert.equal(await refusals('idle-connection'), 1);
	});

	test('connections from one address: twice its sessions; a gauge of those open', async () => {
		const strict = await ServerProcess.start({
			flags: ['--connections-per-minute', '100000', '--max-sessions-per-address', '1'],
		});
		try {
			const open = () => strict.metric('manjusaka_open_connections');
			const held = [await holdOpen(strict.port), await holdOpen(strict.port)];
			await poll(open, (count) => count === 2, {timeout: 5000, what: 'two connections open'});
			const third = await holdOpen(strict.port);
			await closedWithin(third, 5000);
			assert.equal(await strict.metric('manjusaka_refusals_total', 'reason="address-connections"'), 1);
			assert.equal(await open(), 2);
			for (const socket of held) {
				socket.destroy();
			}

			await poll(open, (count) => count === 0, {timeout: 5000, what: 'no connection open'});
		} finally {
			await strict.close();
		}
	});

	test('2,000 passwords on one connection: cut after 6, and a few lines of log', async () => {
		const before = server.logs.length;
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
		assert.equal(await refusals('auth-tries'), 1);
		const lines = server.logs.slice(before).filter((event) => event.event === 'refused');
		assert.ok(lines.length <= 10, `${lines.length} lines`);
	});

	test('50,000 refused variables: the connection is cut, and the log stays short', async () => {
		const before = server.logs.length;
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
		assert.ok((await refusals('refusals')) >= 1);
		// Once cut, what is left of the client's last reads is neither served nor counted.
		const counted = await refusals('env');
		assert.ok(counted <= defaultLimits.maxRefusalsPerConnection * 2, `${counted} variables refused and counted`);
	});
});
