import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import type {Socket} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import poll from '../support/poll.js';
import {runCli} from '../support/run-cli.js';
import within from '../support/within.js';
import {type Session, start} from './harness.js';
import {runSsh, ServerProcess, sshArgs} from './server-process.js';
import {Visitor} from './ssh2-visitor.js';

// The server's life: its host key, its start, its drain on SIGTERM.

function visit(server: ServerProcess): Session {
	return start({cols: 80, rows: 24, command: sshArgs(server.port, 'en', ['-t'])});
}

const restarting = 'the server is restarting; reconnect in a moment';

describe('serve: drain', () => {
	test('SIGTERM: not ready, no new visitor, the open session told in its footer, ended after the drain, exit 0', async () => {
		const server = await ServerProcess.start({flags: ['--drain-seconds', '2']});
		const session = visit(server);
		try {
			await session.ready('Profile');
			assert.equal((await server.http('/readyz')).status, 200);
			server.signal('SIGTERM');
			const footer = await session.waitForText(restarting);
			assert.equal(footer.trimEnd().split('\n').at(-1)?.trim(), restarting);
			assert.deepEqual(await server.http('/readyz'), {status: 503, text: 'draining\n'});
			assert.equal((await server.http('/healthz')).status, 200);
			assert.equal(runSsh(server.port).status, 255);
			assert.deepEqual(await session.exit, {exitCode: 1, signal: null});
			const bytes = session.output();
			assert.equal(stripVTControlCharacters(bytes.slice(bytes.lastIndexOf('\u001B[?1049l'))).trim(), restarting);
			assert.equal(await server.exit(), 0);
			assert.ok(server.logs.some((event) => event.event === 'stopped' && event.drained === true));
		} finally {
			await session.close();
			await server.close();
		}
	});

	test('the drain ends as soon as the last session does; a second signal ends at once', async () => {
		const server = await ServerProcess.start({flags: ['--drain-seconds', '60']});
		const session = visit(server);
		try {
			await session.ready('Profile');
			server.signal('SIGTERM');
			await session.waitForText(restarting);
			session.press('q');
			assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
			assert.equal(await server.exit(), 0);
		} finally {
			await session.close();
			await server.close();
		}

		const stubborn = await ServerProcess.start({flags: ['--drain-seconds', '60']});
		const held = visit(stubborn);
		try {
			await held.ready('Profile');
			stubborn.signal('SIGTERM');
			await held.waitForText(restarting);
			stubborn.signal('SIGTERM');
			assert.equal(await stubborn.exit(), 1);
		} finally {
			await held.close();
			await stubborn.close();
		}
	});
});

describe('serve: a stop is a stop', () => {
	test('a visitor whose connection was cut leaves nothing running: SIGTERM ends the server at once', async () => {
		const server = await ServerProcess.start({flags: ['--idle-seconds', '600']});
		try {
			const visitor = await Visitor.open(server.port);
			await visitor.waitFor('\u001B[?2026l');
			// The client vanishes without a word, as a laptop closed or a network gone.
			(visitor.client as unknown as {_sock: Socket})._sock.destroy();
			for (const gauge of ['manjusaka_active_sessions', 'manjusaka_open_connections']) {
				await poll(
					() => server.metric(gauge),
					(value) => value === 0,
					{what: `${gauge} back to 0`},
				);
			}

			server.signal('SIGTERM');
			assert.equal(await within(server.exit(), 'exit after SIGTERM', 5000), 0);
		} finally {
			await server.close();
		}
	});
});

describe('serve: the host key', () => {
	test('made on first start (0600, its folder made), the same fingerprint after a restart, as ssh-keygen prints it', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'manjusaka-key-'));
		try {
			const first = await ServerProcess.start({keyFolder: folder});
			const fingerprint = first.logs.find((event) => event.event === 'listening')?.fingerprint;
			first.signal('SIGTERM');
			assert.equal(await first.exit(), 0);
			assert.equal(statSync(first.keyPath).mode & 0o777, 0o600);
			assert.equal(statSync(join(folder, 'keys')).mode & 0o777, 0o700);
			const second = await ServerProcess.start({keyFolder: folder});
			try {
				const again = second.logs.find((event) => event.event === 'listening')?.fingerprint;
				assert.equal(again, fingerprint);
				assert.equal(`${again}\n`, execFileSync('ssh-keygen', ['-lf', second.keyPath], {encoding: 'utf8'}));
				assert.equal(runSsh(second.port, {options: ['-o', 'FingerprintHash=sha256']}).status, 0);
			} finally {
				await second.close();
			}
		} finally {
			rmSync(folder, {recursive: true, force: true});
		}
	});

	test('a key file that cannot be used is one line and exit 1, and is left as it was', () => {
		const folder = mkdtempSync(join(tmpdir(), 'manjusaka-key-'));
		try {
			const broken = join(folder, 'broken');
			writeFileSync(broken, '-----BEGIN OPENSSH PRIVATE KEY-----\nnot a key\n', {mode: 0o600});
			const ran = runCli(['serve', '--host-key', broken, '--port', '1']);
			assert.equal(ran.status, 1);
			assert.match(ran.stderr, /^manjusaka: the host key .*broken cannot be used: .+\n$/);
			assert.equal(statSync(broken).size, 46);
			const directory = join(folder, 'folder');
			mkdirSync(directory);
			const unreadable = runCli(['serve', '--host-key', directory]);
			assert.deepEqual(unreadable, {
				status: 1,
				stdout: '',
				stderr: `manjusaka: cannot read the host key ${directory}: EISDIR\n`,
			});
		} finally {
			rmSync(folder, {recursive: true, force: true});
		}
	});

	test('serve usage errors: one line, exit 2', () => {
		assert.deepEqual(runCli(['serve', '--port', 'x']), {
			status: 2,
			stdout: '',
			stderr: 'manjusaka: --port takes a whole number from 1 to 65535, not "x" (see manjusaka serve --help)\n',
		});
		assert.equal(runCli(['serve', '--bogus']).status, 2);
		const help = runCli(['serve', '--help']);
		assert.equal(help.status, 0);
		assert.match(help.stdout, /--max-sessions-per-address N +open sessions from one address \(8\)/);
	});
});
