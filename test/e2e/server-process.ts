import {type ChildProcess, spawn, spawnSync} from 'node:child_process';
import {once} from 'node:events';
import {mkdtempSync, rmSync} from 'node:fs';
import {connect, createServer, type Server, type Socket} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {cleanEnv, type EnvChanges, fixtureCli, root} from '../support/cli-env.js';
import poll from '../support/poll.js';
import {type Ran, runCli} from '../support/run-cli.js';

/**
The build the servers run: the tests' own résumé (`npm run build:fixture`), or the build that
MANJUSAKA_CLI names. What a visitor is served is compared with what the same build prints locally.
*/
export const serveCli = process.env.MANJUSAKA_CLI ?? fixtureCli;

/** Runs `serveCli` without a terminal, as `runCli` does: what a visitor should be served, printed locally. */
export function runServeCli(args: readonly string[] = [], env?: EnvChanges): Ran {
	return runCli(args, {script: serveCli, env});
}

/** `count` different ports nobody listens on now, on the loopback: each probe is held until all are found, so no two are the same. */
export async function freePorts(count: number): Promise<number[]> {
	const probes = await Promise.all(
		Array.from(
			{length: count},
			() =>
				new Promise<Server>((resolve, reject) => {
					const probe = createServer();
					probe.once('error', reject);
					probe.listen(0, '127.0.0.1', () => resolve(probe));
				}),
		),
	);
	const ports = probes.map((probe) => (probe.address() as {port: number}).port);
	await Promise.all(probes.map((probe) => new Promise((resolve) => probe.close(resolve))));
	return ports;
}

/** A port nobody listens on now, on the loopback. */
export async function freePort(): Promise<number> {
	const [port] = await freePorts(1);
	return port!;
}

/** One JSON line of the server's log. */
export type LogEvent = {readonly event: string} & Readonly<Record<string, unknown>>;

/** How to start a server: its flags beyond the ports and the key, a key folder to reuse, and variables on top of `cleanEnv()`'s. */
export type ServerOptions = {
	readonly flags?: readonly string[];
	readonly keyFolder?: string;
	readonly env?: EnvChanges;
};

/**
`manjusaka serve` from the built CLI, on loopback ports of its own, with a host key in a
folder of its own: its log read line by line as JSON, its metrics fetched over HTTP.
*/
export class ServerProcess {
	readonly logs: LogEvent[] = [];
	/** Lines of stderr that are not a JSON log event (Node's own warnings among them): none, in a well server. */
	readonly notJson: string[] = [];
	readonly keyFolder: string;
	readonly keyPath: string;
	private readonly child: ChildProcess;
	private readonly exited: Promise<number | null>;
	private stderr = '';
	private readonly ownsFolder: boolean;

	private constructor(
		readonly port: number,
		readonly metricsPort: number,
		{flags = [], keyFolder, env}: ServerOptions,
	) {
		this.ownsFolder = keyFolder === undefined;
		this.keyFolder = keyFolder ?? mkdtempSync(join(tmpdir(), 'manjusaka-serve-'));
		this.keyPath = join(this.keyFolder, 'keys', 'ssh_host_ed25519_key');
		const args = ['serve', '--port', `${port}`, '--metrics-port', `${metricsPort}`, '--host-key', this.keyPath];
		this.child = spawn(process.execPath, [serveCli, ...args, ...flags], {cwd: root, env: cleanEnv(env), stdio: 'pipe'});
		this.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
			this.stderr += chunk;
			const lines = this.stderr.split('\n');
			this.stderr = lines.pop() ?? '';
			for (const line of lines) {
				try {
					this.logs.push(JSON.parse(line) as LogEvent);
				} catch {
					this.notJson.push(line);
				}
			}
		});
		this.exited = new Promise((resolve) => {
			this.child.once('exit', (code) => resolve(code));
		});
	}

	/**
	Starts a server and waits until it listens. A port found free can be taken by another
	test's server before this one listens on it (files run side by side): the server then
	stops with EADDRINUSE, and is started again on other ports, twice at most.
	*/
	static async start(options: ServerOptions = {}): Promise<ServerProcess> {
		for (let attempt = 1; ; attempt++) {
			const [port, metricsPort] = await freePorts(2);
			const server = new ServerProcess(port!, metricsPort!, options);
			const listening = server.waitForLog((event) => event.event === 'listening');
			const started = await Promise.race([listening.then(() => true), server.exited.then(() => false)]);
			if (started) {
				return server;
			}

			listening.catch(() => undefined);
			await server.close();
			const said = server.notJson.join('\n');
			if (attempt === 3 || !said.includes('EADDRINUSE')) {
				throw new Error(`the server did not start: ${said}`);
			}
		}
	}

	/** Waits for a log event that `predicate` picks, and returns it. */
	async waitForLog(predicate: (event: LogEvent) => boolean, timeout = 10_000): Promise<LogEvent> {
		const found = await poll(
			() => this.logs.find(predicate),
			(event) => event !== undefined,
			{timeout, what: 'a log event', describe: () => this.logs.map((event) => JSON.stringify(event)).join('\n')},
		);
		return found!;
	}

	/** The text of an HTTP path on the metrics port, and its status. */
	async http(path: string): Promise<{status: number; text: string}> {
		const response = await fetch(`http://127.0.0.1:${this.metricsPort}${path}`);
		return {status: response.status, text: await response.text()};
	}

	/** A metric's value as /metrics shows it (the sum over its label sets). */
	async metric(name: string, labels = ''): Promise<number> {
		const {text} = await this.http('/metrics');
		const pattern = new RegExp(`^${name}(?:\\{${labels}[^}]*\\})? (\\S+)$`, 'gm');
		return [...text.matchAll(pattern)].reduce((sum, match) => sum + Number(match[1]), 0);
	}

	/** The server's process id (a cluster's primary). */
	get pid(): number {
		return this.child.pid!;
	}

	/** Closes the reading end of the server's standard error, as a log collector that died would: its log is lost from here. */
	closeStderr(): void {
		this.child.stderr?.destroy();
	}

	/** Sends a signal to the server. */
	signal(name: NodeJS.Signals): void {
		this.child.kill(name);
	}

	/** Resolves with the exit code once the server has ended. */
	exit(): Promise<number | null> {
		return this.exited;
	}

	/** Ends the server at once if it still runs, and removes its key unless the folder was given. */
	async close(): Promise<void> {
		if (this.child.exitCode === null && this.child.signalCode === null) {
			this.child.kill('SIGKILL');
			await this.exited;
		}

		if (this.ownsFolder) {
			rmSync(this.keyFolder, {recursive: true, force: true});
		}
	}
}

/** The OpenSSH client's arguments for the server on `port`, as `user`, with no configuration or known hosts. */
export function sshArgs(port: number, user = 'visitor', options: readonly string[] = []): string[] {
	return [
		'ssh',
		'-F',
		'/dev/null',
		'-p',
		`${port}`,
		'-o',
		'StrictHostKeyChecking=no',
		'-o',
		'UserKnownHostsFile=/dev/null',
		'-o',
		'LogLevel=ERROR',
		'-o',
		'ConnectTimeout=5',
		...options,
		`${user}@127.0.0.1`,
	];
}

/** What an ssh run printed, and its exit status. */
export type SshRun = {readonly status: number | null; readonly stdout: string; readonly stderr: string};

/** Runs the OpenSSH client without a terminal: `command` goes to the server as the remote command. */
export function runSsh(
	port: number,
	{user, options = [], command = []}: {user?: string; options?: readonly string[]; command?: readonly string[]} = {},
): SshRun {
	const [program, ...args] = sshArgs(port, user, options);
	const ran = spawnSync(program!, [...args, ...(command.length > 0 ? ['--', ...command] : [])], {
		encoding: 'utf8',
		input: '',
		timeout: 20_000,
	});
	if (ran.error) {
		throw ran.error;
	}

	return {status: ran.status, stdout: ran.stdout, stderr: ran.stderr};
}

/** A TCP connection to the server on `port` from `from` that sends nothing, once it is open. */
export async function holdOpen(port: number, from = '127.0.0.1'): Promise<Socket> {
	const socket = connect({port, host: '127.0.0.1', localAddress: from});
	socket.on('error', () => undefined);
	socket.on('data', () => undefined);
	await once(socket, 'connect');
	return socket;
}
