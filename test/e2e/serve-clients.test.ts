import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {after, before, describe, test} from 'node:test';
import {runSsh, ServerProcess} from './server-process.js';

// The server against the SSH clients people use besides OpenSSH's, and against ssh-audit:
// each of them is served the same résumé, and the audit fails none of what is offered.

/** A program's run with no input, bounded in time, and what it printed. */
function run(program: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
	const ran = spawnSync(program, args, {encoding: 'utf8', input: '', timeout: 20_000, env});
	assert.ifError(ran.error);
	return ran;
}

describe('serve: the clients people use, and an audit', () => {
	let server: ServerProcess;
	let home: string;
	let expected: string;
	before(async () => {
		server = await ServerProcess.start();
		home = mkdtempSync(join(tmpdir(), 'manjusaka-clients-'));
		const openssh = runSsh(server.port, {user: 'en'});
		assert.equal(openssh.status, 0, openssh.stderr);
		expected = openssh.stdout;
	});
	after(async () => {
		await server.close();
		rmSync(home, {recursive: true, force: true});
	});

	test("PuTTY's plink, with the host key's fingerprint as the log gives it, is served what OpenSSH is", () => {
		const logged = String(server.logs.find((event) => event.event === 'listening')?.fingerprint);
		const fingerprint = /SHA256:\S+/.exec(logged)?.[0];
		assert.ok(fingerprint, logged);
		const ran = run('plink', [
			'-batch',
			'-T',
			'-P',
			`${server.port}`,
			'-l',
			'en',
			'-hostkey',
			fingerprint,
			'127.0.0.1',
		]);
		assert.equal(ran.status, 0, ran.stderr);
		assert.equal(ran.stdout, expected);
	});

	test("Dropbear's dbclient, which has no encrypt-then-MAC, is served what OpenSSH is", () => {
		// -yy: no known_hosts to look in or write to, in a home of the test's own.
		const ran = run('dbclient', ['-yy', '-T', '-p', `${server.port}`, 'en@127.0.0.1'], {...process.env, HOME: home});
		assert.equal(ran.status, 0, ran.stderr);
		assert.equal(ran.stdout, expected);
	});

	test('ssh-audit fails nothing; it warns only of the MAC Dropbear needs and of strict KEX, which it does not know', () => {
		const ran = run('ssh-audit', ['-b', '-n', '-p', `${server.port}`, '127.0.0.1']);
		const lines = ran.stdout.split('\n');
		assert.ok(
			lines.some((line) => line.startsWith('(kex) curve25519-sha256')),
			`the audit reached the server:\n${ran.stdout}`,
		);
		assert.deepEqual(
			lines.filter((line) => line.includes('[fail]')),
			[],
		);
		assert.deepEqual(
			lines.filter((line) => line.includes('[warn]')).map((line) => line.split(/\s+/)[1]),
			['kex-strict-s-v00@openssh.com', 'hmac-sha2-256'],
		);
	});
});
