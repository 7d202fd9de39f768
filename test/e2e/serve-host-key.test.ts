import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {chmodSync, existsSync, lstatSync, mkdtempSync, readlinkSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {after, test} from 'node:test';
import permissionProblem from '../../source/serve/ssh/key-permissions.js';
import {cleanEnv} from '../support/cli-env.js';
import {freePort, serveCli} from './server-process.js';

const folder = mkdtempSync(join(tmpdir(), 'manjusaka-host-key-'));
after(() => rmSync(folder, {recursive: true, force: true}));

test('a key is fit as sshd judges one: the owner’s alone, or another’s read through the group', () => {
	const judge = (uid: number, mode: number) => permissionProblem('/k', {uid, mode: 0o100_000 | mode}, 1000);
	assert.equal(judge(1000, 0o600), undefined);
	assert.equal(judge(1000, 0o400), undefined);
	// A Kubernetes Secret with fsGroup: root's file, its group the server's, mode 0440.
	assert.equal(judge(0, 0o440), undefined);
	assert.equal(
		judge(1000, 0o644),
		'the host key /k is open to users other than its owner (mode 0644); sshd would refuse it too: chmod 600 /k',
	);
	assert.match(judge(1000, 0o640) ?? '', /mode 0640/);
	assert.match(judge(0, 0o444) ?? '', /^the host key \/k is open to every user \(mode 0444\)/);
	assert.match(judge(0, 0o442) ?? '', /every user/);
});

// The key's loading runs in the built CLI (ssh2 is bundled there): each refusal is one line, exit 1.
// A server that took the key would listen: it is stopped after 10 s, and the test fails.
async function serve(path: string) {
	const port = await freePort();
	const {status, stdout, stderr} = spawnSync(
		process.execPath,
		[serveCli, 'serve', '--host-key', path, '--port', `${port}`, '--metrics-port', '0'],
		{encoding: 'utf8', env: cleanEnv(), input: '', timeout: 10_000, killSignal: 'SIGKILL'},
	);
	return {status, stdout, stderr};
}

test('a key readable by others is refused with one line, and left as it is', async () => {
	const path = join(folder, 'open');
	execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path]);
	chmodSync(path, 0o644);
	assert.deepEqual(await serve(path), {
		status: 1,
		stdout: '',
		stderr: `manjusaka: the host key ${path} is open to users other than its owner (mode 0644); sshd would refuse it too: chmod 600 ${path}\n`,
	});
	assert.equal(lstatSync(path).mode & 0o777, 0o644);
});

test('a link to a file that is gone is refused with one line, and no key is made in its place', async () => {
	const path = join(folder, 'dangling');
	const target = join(folder, 'missing-key');
	symlinkSync(target, path);
	assert.deepEqual(await serve(path), {
		status: 1,
		stdout: '',
		stderr: `manjusaka: the host key ${path} is a link to ${target}, which does not exist\n`,
	});
	assert.equal(readlinkSync(path), target);
	assert.equal(existsSync(target), false);
});
