import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import process from 'node:process';
import {setTimeout as sleep} from 'node:timers/promises';
import {type IPty, spawn} from 'node-pty';
import {cleanEnv, type EnvChanges, root} from '../support/cli-env.js';
import {EndMarkReader, type Exit, reporter} from './end-mark.js';

const live = new Set<PtyProcess>();

// A test that throws before its finally, or a runner that stops early, leaves no child behind.
process.on('exit', () => {
	for (const child of live) {
		child.kill();
	}
});

/** A command in a pseudo-terminal, run by the end-mark reporter so that nothing it writes is lost. */
export class PtyProcess {
	/** Resolves once the command has exited and everything it wrote has been handed on. */
	readonly exit: Promise<Exit>;
	private readonly pty: IPty;
	/** The command has ended (its report is in). */
	private exited = false;
	/** The reporter has ended and the terminal is closed. */
	private closed = false;
	private readonly terminalClosed: Promise<void>;

	/** Starts `command` (a program and its arguments) in a terminal of `cols` × `rows`; its bytes go to `onBytes`. */
	constructor(
		command: readonly string[],
		{cols, rows, env}: {readonly cols: number; readonly rows: number; readonly env?: EnvChanges},
		onBytes: (bytes: Buffer) => void,
	) {
		this.pty = spawn(process.execPath, [reporter, ...command], {
			cols,
			rows,
			cwd: root,
			env: cleanEnv(env),
			encoding: null,
		});
		live.add(this);
		let ended: (exit: Exit) => void = () => undefined;
		this.exit = new Promise<Exit>((resolve) => {
			ended = resolve;
		});
		const reader = new EndMarkReader();
		this.pty.onData((data: string | Buffer) => {
			const {bytes, exit} = reader.read(typeof data === 'string' ? Buffer.from(data) : data);
			if (bytes.length > 0) {
				onBytes(bytes);
			}

			if (exit) {
				this.exited = true;
				ended(exit);
				// Everything is read: let the reporter close the terminal.
				this.pty.write('\r');
			}
		});
		this.terminalClosed = new Promise((resolve) => {
			this.pty.onExit(() => {
				live.delete(this);
				this.closed = true;
				// Killed before the command ended (close() does that): no code, no signal.
				if (!this.exited) {
					this.exited = true;
					ended({exitCode: null, signal: null});
				}

				resolve();
			});
		});
	}

	/** Whether the command has ended. */
	get ended(): boolean {
		return this.exited;
	}

	/** Sends bytes to the command, as typed. */
	write(data: string): void {
		this.pty.write(data);
	}

	/** Resizes the terminal: the command gets SIGWINCH. */
	resize(cols: number, rows: number): void {
		this.pty.resize(cols, rows);
	}

	/** The terminal device the command sees, such as /dev/pts/3 (node-pty knows it but does not declare it). */
	ptsName(): string {
		return (this.pty as IPty & {readonly ptsName: string}).ptsName;
	}

	/** The process under the terminal (the reporter left out) that runs `script` with node, found through /proc. */
	pid(script: string): number {
		const search = [this.pty.pid];
		for (let pid = search.shift(); pid !== undefined; pid = search.shift()) {
			const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
			if (pid !== this.pty.pid && commandLine[1] === script) {
				return pid;
			}

			const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
			search.push(...children.split(' ').filter(Boolean).map(Number));
		}

		throw new Error(`no process runs ${script} under ${this.pty.pid}`);
	}

	/** Whether the terminal is in raw mode: no canonical input, so a key is read at once. */
	isRaw(): Promise<boolean> {
		return new Promise((resolve) => {
			execFile('stty', ['-F', this.ptsName(), '-a'], {encoding: 'utf8'}, (_, modes) => {
				resolve(/(^|\s)-icanon(\s|$)/.test(modes ?? ''));
			});
		});
	}

	/** Kills everything under the terminal: the reporter, a shell, the command (one process group). */
	kill(): void {
		if (!this.closed) {
			try {
				process.kill(-this.pty.pid, 'SIGKILL');
			} catch {
				// Gone already.
			}
		}
	}

	/** Kills what still runs under the terminal, and waits (2 s at most) for the terminal to close. */
	async close(): Promise<void> {
		// Once the command has ended, the reporter closes the terminal by itself.
		if (!this.exited) {
			this.kill();
		}

		await Promise.race([this.terminalClosed, sleep(2000, undefined, {ref: false})]);
		if (!this.closed) {
			this.kill();
			await Promise.race([this.terminalClosed, sleep(2000, undefined, {ref: false})]);
		}
	}
}
