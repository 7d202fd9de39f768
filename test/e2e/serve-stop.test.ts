import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {randomUUID} from 'node:crypto';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {createServer, type Server} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {describe, test} from 'node:test';
import {cleanEnv, root} from '../support/cli-env.js';
import within from '../support/within.js';
import {freePort, freePorts, runSsh, ServerProcess, serveCli} from './server-process.js';

// How a server starts, fails and stops: a port it cannot have, a log it cannot write, signals,
// and a cluster whose workers die.

// A variable that marks the processes of one server started here: cluster.fork() hands the
// primary's environment to each worker. Their command lines cannot tell them (the server sets
// process.title, which rewrites the primary's and every worker's to `manjusaka`), and their
// parent cannot either once the primary has gone (its orphans are reparented).
const markName = 'MANJUSAKA_E2E_MARK';

/** The environment changes that give a server `mark`. */
const marked = (mark: string) => ({[markName]: mark});

/** Processes alive now whose environment holds `mark`: a server's and its workers' (a zombie has none). */
function processesMarked(mark: string): number[] {
	const entry = `${markName}=${mark}`;
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.filter((pid) => {
			try {
				return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(entry);
			} catch {
				return false;
			}
		})
		.map(Number);
}

/** Takes `port` of `host` as another program would, until closed. */
function occupy(port: number, host = '127.0.0.1'): Promise<Server> {
	return new Promise((resolve, reject) => {
		const server = createServer().once('error', reject);
		server.listen(port, host, () => resolve(server));
	});
}

/** Whether `port` can be listened on now: nothing was left holding it. */
async function isFree(port: number, host = '127.0.0.1'): Promise<boolean> {
	let server: Server;
	try {
		server = await occupy(port, host);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
			return false;
		}

		throw error;
	}

	await new Promise((resolve) => server.close(resolve));
	return true;
}

/** Runs `manjusaka serve` with `args`, marked with `mark`, until it exits by itself (killed after 15 s); its code and standard error. */
function runServe(args: readonly string[], mark: string): Promise<{code: number | null; stderr: string}> {
	const folder = mkdtempSync(join(tmpdir(), 'manjusaka-serve-'));
	const key = ['--host-key', join(folder, 'key')];
	const child = spawn(process.execPath, [serveCli, 'serve', ...key, ...args], {
		cwd: root,
		env: cleanEnv(marked(mark)),
		stdio: 'pipe',
	});
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
	return new Promise((resolve) => {
		child.once('exit', (code) => {
			clearTimeout(killer);
			rmSync(folder, {recursive: true, force: true});
			resolve({code, stderr});
		});
	});
}

// How long the server's CPU time is watched for a spin, in ms.
const spinWindow = 1500;

/** CPU seconds `pid` has used, user and system. */
function cpuSeconds(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	// utime and stime, fields 14 and 15 of stat, in clock ticks of 1/100 s.
	return (Number(fields[11]) + Number(fields[12])) / 100;
}

// Each test has ports and a server of its own: they run at once.
describe('serve: a listener it cannot have', {concurrency: true}, () => {
	// Both listeners are opened, and closed again on a failure, by one function (listenAll) for
	// one process or a cluster: a cluster's own cleanup (its workers) is shown with one of them.
	for (const [workers, taken] of [
		['1', 'ssh'],
		['1', 'metrics'],
		['2', 'ssh'],
	] as const) {
		test(`--workers ${workers}, the ${taken} port taken: one line naming it, exit 1, nothing left running`, async () => {
			const [port, metricsPort] = (await freePorts(2)) as [number, number];
			const blocked = taken === 'ssh' ? port : metricsPort;
			const other = await occupy(blocked);
			const mark = randomUUID();
			try {
				const args = ['--port', `${port}`, '--metrics-port', `${metricsPort}`, '--workers', workers];
				const ran = await runServe(args, mark);
				assert.deepEqual(ran, {code: 1, stderr: `manjusaka: cannot listen on 127.0.0.1:${blocked}: EADDRINUSE\n`});
				assert.deepEqual(processesMarked(mark), [], 'no worker is left');
				assert.ok(await isFree(blocked === port ? metricsPort : port), 'the other port is not held');
			} finally {
				other.close();
			}
		});
	}

	test('an IPv6 address is written in brackets', async () => {
		const port = await freePort();
		const other = await occupy(port, '::1');
		try {
			const ran = await runServe(['--host', '::1', '--port', `${port}`, '--metrics-port', '0'], randomUUID());
			assert.deepEqual(ran, {code: 1, stderr: `manjusaka: cannot listen on [::1]:${port}: EADDRINUSE\n`});
		} finally {
			other.close();
		}
	});
});

describe('serve: its log lost', () => {
	test('standard error closed: the server goes on serving without spinning, and SIGTERM still ends it, exit 0', async () => {
		const server = await ServerProcess.start();
		try {
			server.closeStderr();
			// Each visit logs, into a pipe nobody reads: EPIPE.
			assert.equal(runSsh(server.port).status, 0);
			// A spinning server takes a whole core; one visit takes a few hundredths of a second of
			// it. Over a second or more the two cannot be mistaken, however loaded the machine.
			const [cpu, started] = [cpuSeconds(server.pid), Date.now()];
			assert.equal(runSsh(server.port).status, 0);
			await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + spinWindow - Date.now())));
			const used = cpuSeconds(server.pid) - cpu;
			const elapsed = (Date.now() - started) / 1000;
			assert.ok(used < elapsed * 0.5, `${used} s of CPU in ${elapsed} s: the server spins`);
			server.signal('SIGTERM');
			assert.equal(await within(server.exit(), 'exit after SIGTERM', 10_000), 0);
		} finally {
			await server.close();
		}
	});
});

describe('serve: a cluster whose workers die', () => {
	test('a dead worker’s counts stay in /metrics; per-process limits are not summed; SIGTERM while one is replaced', async () => {
		const mark = randomUUID();
		const server = await ServerProcess.start({flags: ['--workers', '2'], env: marked(mark)});
		try {
			// Both workers are ready once the server listens: the two are what the mark finds besides it.
			const workers = processesMarked(mark).filter((pid) => pid !== server.pid);
			assert.equal(workers.length, 2, `the workers found: ${workers.join(', ')}`);
			const limits = readFileSync(`/proc/${server.pid}/limits`, 'utf8');
			const maxFds = Number(/^Max open files +(\d+)/m.exec(limits)?.[1]);
			assert.equal(await server.metric('manjusaka_process_max_fds'), maxFds);
			for (let visit = 0; visit < 2; visit++) {
				assert.equal(runSsh(server.port).status, 0);
			}

			// Scraped once with the worker that served them alive, then without it.
			assert.equal(await server.metric('manjusaka_sessions_total'), 2);
			const served = Number(server.logs.find((event) => event.event === 'session-start')?.pid);
			assert.ok(workers.includes(served), `the worker that served, ${served}, is one of ${workers.join(', ')}`);
			process.kill(served, 'SIGKILL');
			await server.waitForLog((event) => event.event === 'worker-exit' && event.worker === served);
			assert.equal(await server.metric('manjusaka_sessions_total'), 2, 'a total never goes down');
			// Another worker dies, and the server is told to stop while its replacement starts.
			// The one from the start, not the replacement just forked, which may not be ready yet.
			const other = workers.find((pid) => pid !== served)!;
			process.kill(other, 'SIGKILL');
			await server.waitForLog((event) => event.event === 'worker-exit' && event.worker === other);
			server.signal('SIGTERM');
			assert.equal(await within(server.exit(), 'exit after SIGTERM', 10_000), 0);
			assert.deepEqual(processesMarked(mark), [], 'no worker is left');
		} finally {
			await server.close();
		}
	});
});

describe('serve: the metrics address', () => {
	// 127.0.0.2 is the loopback too, but only a socket bound to every interface (or to it) answers there.
	const probe = (port: number) =>
		fetch(`http://127.0.0.2:${port}/healthz`).then(
			(response) => response.status,
			(error: Error & {cause?: {code?: string}}) => error.cause?.code,
		);

	test('--host 0.0.0.0 leaves /metrics on the loopback; --metrics-host 0.0.0.0 opens it', async () => {
		const server = await ServerProcess.start({flags: ['--host', '0.0.0.0']});
		try {
			const listening = server.logs.find((event) => event.event === 'listening');
			assert.deepEqual(
				[listening?.address, listening?.metrics],
				[`0.0.0.0:${server.port}`, `127.0.0.1:${server.metricsPort}`],
			);
			assert.equal((await server.http('/healthz')).status, 200);
			assert.equal(await probe(server.metricsPort), 'ECONNREFUSED');
		} finally {
			await server.close();
		}

		const open = await ServerProcess.start({flags: ['--host', '0.0.0.0', '--metrics-host', '0.0.0.0']});
		try {
			assert.equal(await probe(open.metricsPort), 200);
		} finally {
			await open.close();
		}
	});
});
