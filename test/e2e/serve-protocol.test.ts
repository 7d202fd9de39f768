import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {once} from 'node:events';
import {after, before, describe, test} from 'node:test';
import {type Algorithms, type ClientChannel, Client as SshClient} from 'ssh2';
import poll from '../support/poll.js';
import within from '../support/within.js';
import {ServerProcess, sshArgs} from './server-process.js';
import {ask, bareSession, connectClient, execToEnd, serverOffer, tell} from './ssh2-raw.js';

// The SSH protocol as the bundle speaks it, against ssh2 clients that do what OpenSSH's will
// not, and the OpenSSH client: what it offers, what it refuses, and how refused channels end.

// Half of a surrogate pair without the other: what strict JSON parsers refuse.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// The end of a synchronised update: the app has drawn a frame, and reads keys.
const frameEnd = '\u001B[?2026l';

/** Opens a shell with a pty on `client`, and resolves once the app has drawn its first frame. */
function shell(client: SshClient, term = 'xterm-256color'): Promise<ClientChannel> {
	return new Promise((resolve, reject) => {
		client.shell({term, cols: 80, rows: 24}, (error, channel) => {
			if (error) {
				reject(error);
				return;
			}

			let output = '';
			const read = (chunk: Buffer) => {
				output += chunk.toString('latin1');
				if (output.includes(frameEnd)) {
					channel.off('data', read).on('data', () => undefined);
					resolve(channel);
				}
			};
			channel.on('data', read);
		});
	});
}

/** How a connection attempt ended: ready, or the error's message. */
function attempt(port: number, algorithms: Algorithms): Promise<string> {
	const client = new SshClient();
	return new Promise((resolve) => {
		client.once('ready', () => {
			client.end();
			resolve('ready');
		});
		client.once('error', (error) => resolve(error.message));
		client.connect({host: '127.0.0.1', port, username: 'en', readyTimeout: 5000, algorithms});
	});
}

describe('serve: the protocol', () => {
	let server: ServerProcess;
	before(async () => {
		server = await ServerProcess.start({
			flags: ['--connections-per-minute', '100000', '--max-sessions-per-address', '200'],
		});
	});
	after(() => server.close());

	const active = () => server.metric('manjusaka_active_sessions');
	const noSessionOpen = () => poll(active, (count) => count === 0, {timeout: 5000, what: 'no session open'});

	test('offers curve25519, ed25519, AES and ETM MACs first, with strict key exchange, and no compression', async () => {
		const offer = await serverOffer(server.port);
		assert.deepEqual(offer.kex, ['curve25519-sha256@libssh.org', 'curve25519-sha256', 'kex-strict-s-v00@openssh.com']);
		assert.deepEqual(offer.serverHostKey, ['ssh-ed25519']);
		const ciphers = ['aes128-gcm@openssh.com', 'aes256-gcm@openssh.com', 'aes128-ctr', 'aes192-ctr', 'aes256-ctr'];
		assert.deepEqual([offer.cipherClientToServer, offer.cipherServerToClient], [ciphers, ciphers]);
		const macs = ['hmac-sha2-256-etm@openssh.com', 'hmac-sha2-512-etm@openssh.com', 'hmac-sha2-256'];
		assert.deepEqual([offer.macClientToServer, offer.macServerToClient], [macs, macs]);
		assert.deepEqual([offer.compressClientToServer, offer.compressServerToClient], [['none'], ['none']]);
	});

	test('a client that asks for compression before login (zlib) gets none', async () => {
		assert.match(await attempt(server.port, {compress: ['zlib']}), /no matching .*compression/i);
		assert.equal(await attempt(server.port, {compress: ['zlib', 'none']}), 'ready');
	});

	test('a client that knows only group exchange or SHA-1 MACs is told at once that nothing matches', async () => {
		assert.match(
			await attempt(server.port, {kex: ['diffie-hellman-group-exchange-sha256']}),
			/no matching key exchange/,
		);
		assert.match(await attempt(server.port, {hmac: ['hmac-sha1'], cipher: ['aes128-ctr']}), /no matching .*mac/i);
		const [program, ...args] = sshArgs(server.port, 'en', ['-o', 'KexAlgorithms=diffie-hellman-group-exchange-sha256']);
		const openssh = spawnSync(
			program!,
			args.map((arg) => (arg === 'LogLevel=ERROR' ? 'LogLevel=INFO' : arg)),
			{
				encoding: 'utf8',
				input: '',
				timeout: 10_000,
			},
		);
		assert.equal(openssh.status, 255);
		assert.match(openssh.stderr, /no matching key exchange method/);
		assert.equal(await attempt(server.port, {}), 'ready');
	});

	test('a refused sftp is closed by the server, and the connection serves on', async () => {
		const client = await connectClient(server.port);
		try {
			for (let round = 0; round < 6; round++) {
				const channel = await bareSession(client);
				const closed = once(channel, 'close');
				assert.equal(await ask(channel, (protocol, id) => protocol.subsystem(id, 'sftp', true)), 'failure');
				await within(closed, 'close of the refused channel');
			}

			// The app still starts, and draws, on the same connection.
			await shell(client);
		} finally {
			client.end();
		}

		await noSessionOpen();
	});

	test('a second exec, a pty or a variable after the start is answered: refused', async () => {
		const client = await connectClient(server.port);
		try {
			const channel = await shell(client);
			await poll(active, (count) => count === 1, {timeout: 5000, what: 'the session to start'});
			const answer = (request: Parameters<typeof ask>[1]) => within(ask(channel, request), 'answer');
			assert.equal(await answer((protocol, id) => protocol.exec(id, '--help', true)), 'failure');
			assert.equal(await answer((protocol, id) => protocol.shell(id, true)), 'failure');
			assert.equal(await answer((protocol, id) => protocol.pty(id, 24, 80, 0, 0, 'xterm', null, true)), 'failure');
			assert.equal(await answer((protocol, id) => protocol.env(id, 'LANG', 'en_US.UTF-8', true)), 'failure');
		} finally {
			client.end();
		}

		await noSessionOpen();
	});

	test('a connection that ends with a channel never started frees its app session at once, and throws nothing', async () => {
		const client = await connectClient(server.port);
		const waiting = await bareSession(client);
		tell(waiting, (protocol, id) => protocol.env(id, 'LANG', 'en_US.UTF-8', false));
		const channel = await shell(client);
		channel.on('data', () => undefined);
		await poll(active, (count) => count === 1, {timeout: 5000, what: 'the session to start'});
		client.end();
		await noSessionOpen();
		await server.waitForLog((event) => event.event === 'session-end' && event.why === 'closed');
		assert.deepEqual(
			server.logs.filter((event) => event.event === 'uncaught'),
			[],
		);
	});

	test('variables: a few a channel, with short names; channels: a few a connection', async () => {
		const client = await connectClient(server.port);
		try {
			const variable = (channel: ClientChannel, name: string) =>
				within(
					ask(channel, (protocol, id) => protocol.env(id, name, 'en_US.UTF-8', true)),
					`answer to ${name}`,
				);
			const first = await bareSession(client);
			const names = Array.from(
				{length: 25},
				(_, index) => `LC_${String.fromCharCode(65 + (index % 26)).repeat(1 + Math.floor(index / 26))}X`,
			);
			const answers = [];
			for (const name of names) {
				answers.push(await variable(first, name));
			}

			assert.deepEqual(answers, [...Array.from({length: 24}, () => 'success'), 'failure']);
			const second = await bareSession(client);
			assert.equal(await variable(second, `LC_${'A'.repeat(30)}`), 'failure');
			assert.equal(await variable(second, 'LC_ALL'), 'success');
			await bareSession(client);
			await bareSession(client);
			await assert.rejects(bareSession(client), /open failure/i);
			assert.ok((await server.metric('manjusaka_refusals_total', 'reason="channels"')) >= 1);
		} finally {
			client.end();
		}
	});

	test('log fields are cut by characters: a user name ending in an emoji, a TERM of 30,000 characters', async () => {
		const user = `${'a'.repeat(63)}😀`;
		const client = await connectClient(server.port, {username: user});
		try {
			await execToEnd(client, '--format json');
			const started = await server.waitForLog(
				(event) => event.event === 'session-start' && String(event.user).startsWith('aaa'),
			);
			assert.equal(started.user, user);
			assert.doesNotMatch(JSON.stringify(started), loneSurrogate);
			const longTerm = 'x'.repeat(30_000);
			await shell(client, longTerm);
			const wide = await server.waitForLog((event) => event.event === 'session-start' && event.mode === 'pty');
			assert.ok(JSON.stringify(wide).length < 1000, `a line of ${JSON.stringify(wide).length} characters`);
		} finally {
			client.end();
		}

		await noSessionOpen();
	});
});
