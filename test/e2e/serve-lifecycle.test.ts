import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import type {Socket} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import poll from '../support/poll.js';
import within from '../support/within.js';
import {type Session, start} from './harness.js';
import {runServeCli as runCli, runSsh, ServerProcess, sshArgs} from './server-process.js';
import {Visitor} from './ssh2-visitor.js';

// The server's life: its host key, its start, its drain on SIGTERM, its stop when a visitor
// vanished.

function visit(server: ServerProcess): Session {
	return start({cols: 80, rows: 24, command: sshArgs(server.port, 'en', ['-t'])});
}

const restarting = 'the server is restarting; reconnect in a moment';

// Each test has a server of its own and waits mostly on timers: they run at once.
describe('serve: drain', {concurrency: true}, () => {
	test('SIGTERM: not ready, no new visitor, the open session told in its footer; q ends the drain at once, exit 0', async () => {
		// A drain longer than any test: what is checked meanwhile cannot race its end.
		const server = await ServerProcess.start({flags: ['--drain-seconds', '60']});
		const session = visit(server);
		try {
			await session.ready('Profile');
			assert.equal((await server.http('/readyz')).status, 200);
			server.signal('SIGTERM');
			const footer = await session.waitForText(restarting);
			assert.equal(session.terminal.buffer.active.type, 'alternate', 'told in the app');
			assert.equal(footer.trimEnd().split('\n').at(-1)?.trim(), restarting);
			assert.deepEqual(await server.http('/readyz'), {status: 503, text: 'draining\n'});
			assert.equal((await server.http('/healthz')).status, 200);
			assert.equal(runSsh(server.port).status, 255);
			session.press('q');
			assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
			assert.equal(await server.exit(), 0);
		} finally {
			await session.close();
			await server.close();
		}
	});

	test('a session still open when the drain is up is ended, with a line that says why; exit 0', async () => {
		const server = await ServerProcess.start({flags: ['--drain-seconds', '1']});
		const session = visit(server);
		try {
			await session.ready('Profile');
			server.signal('SIGTERM');
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

	test('a second signal during the drain ends at once, exit 1', async () => {
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

describe('serve: the host key', () => {
	test('made on first start (0600, its folder made), the same fingerprint after a restart, as ssh-keygen prints it; a visitor cut off leaves nothing that holds a stop', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'manjusaka-key-'));
		try {
			const first = await ServerProcess.start({keyFolder: folder, flags: ['--idle-seconds', '600']});
			const fingerprint = first.logs.find((event) => event.event === 'listening')?.fingerprint;
			const visitor = await Visitor.open(first.port);
			await visitor.waitFor('\u001B[?2026l');
			// The client vanishes without a word, as a laptop closed or a network gone.
			(visitor.client as unknown as {_sock: Socket})._sock.destroy();
			for (const gauge of ['manjusaka_active_sessions', 'manjusaka_open_connections']) {
				await poll(
					() => first.metric(gauge),
					(value) => value === 0,
					{what: `${gauge} back to 0`},
				);
			}

			first.signal('SIGTERM');
			assert.equal(await within(first.exit(), 'exit after SIGTERM', 5000), 0);
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
