import process from 'node:process';
import xterm from '@xterm/headless';
import {cli, type EnvChanges} from '../support/cli-env.js';
import {bytesFor} from '../support/key-bytes.js';
import poll from '../support/poll.js';
import {frameText, Screen} from '../support/screen.js';
import {waitForScreen} from '../support/screen-waits.js';
import type {Exit} from './end-mark.js';
import {PtyProcess} from './pty-process.js';
import {inSlot} from './pty-slots.js';

export type {Exit} from './end-mark.js';

/** How to start the CLI in a pseudo-terminal. */
export type StartOptions = {
	readonly cols: number;
	readonly rows: number;
	readonly args?: readonly string[];
	/** Variables on top of `cleanEnv()`; `undefined` removes one. */
	readonly env?: EnvChanges;
	/** A /bin/sh script from `shells` that runs the command as `"$@"`. */
	readonly shell?: string;
	/** A script to run instead of the CLI: the harness's own tests draw with fixtures. */
	readonly script?: string;
	/** A whole command to run instead of node with the script: an SSH client, for the server's tests. */
	readonly command?: readonly string[];
	/** What the terminal answers to the app's queries; by default it answers none. */
	readonly answers?: Answers;
};

/**
The terminal's answers, as a real one writes them: to the background query (OSC 11), its
colour (`rgb:ffff/ffff/ffff`); to the device attributes query (DA1), its attributes.
*/
export type Answers = {readonly background?: string; readonly attributes?: string};

const queries = [
	{
		bytes: '\u001B]11;?\u0007',
		answer: (answers: Answers) => answers.background && `\u001B]11;${answers.background}\u001B\\`,
	},
	{bytes: '\u001B[c', answer: (answers: Answers) => answers.attributes && `\u001B[?${answers.attributes}c`},
] as const;

/**
The built CLI in a pseudo-terminal, every byte it writes fed to a headless xterm of the same size:
a Screen (what the terminal shows) with the process behind it.
*/
export class Session extends Screen {
	/** Resolves once the child has exited and everything it wrote is on the screen. */
	readonly exit: Promise<Exit>;
	private readonly child: PtyProcess;
	/** The script the command runs: the CLI, or a fixture. */
	private readonly target: string;
	private readonly chunks: Buffer[] = [];
	private readonly decoder = new TextDecoder();
	private readonly answers: Answers;
	/** The end of what was written, kept to find a query split between writes. */
	private tail = '';

	constructor({
		cols,
		rows,
		args = [],
		env,
		shell,
		script = cli,
		answers = {},
		command = [process.execPath, script, ...args],
	}: StartOptions) {
		super(new xterm.Terminal({cols, rows, allowProposedApi: true, scrollback: 1000}));
		this.target = script;
		this.answers = answers;
		const inner = shell === undefined ? command : ['/bin/sh', '-c', shell, 'sh', ...command];
		this.child = new PtyProcess(inner, {cols, rows, env}, (bytes) => this.feed(bytes));
		// Whatever came before the end is parsed before the promise settles.
		this.exit = this.child.exit.then(async (exit) => {
			await this.flushed();
			return exit;
		});
	}

	/**
	Takes bytes the command wrote: kept, and written to the emulator as text. @xterm/headless 6.0
	drops a character whose UTF-8 bytes are split between writes after an 80 byte (› as E2 80 | BA;
	xtermjs/xterm.js#6003), so the harness decodes the stream itself.
	*/
	private feed(bytes: Buffer): void {
		this.chunks.push(bytes);
		const text = this.decoder.decode(bytes, {stream: true});
		this.terminal.write(text);
		this.answer(text);
	}

	// Answers each query that ends in `text`, in the order they were written, as a terminal does.
	private answer(text: string): void {
		const searched = this.tail + text;
		const found = queries
			.flatMap((query) => {
				const ends: Array<{end: number; reply: string | undefined}> = [];
				for (let at = searched.indexOf(query.bytes); at >= 0; at = searched.indexOf(query.bytes, at + 1)) {
					ends.push({end: at + query.bytes.length, reply: query.answer(this.answers)});
				}

				return ends;
			})
			.filter(({end}) => end > this.tail.length)
			.sort((a, b) => a.end - b.end);
		for (const {reply} of found) {
			if (reply) {
				this.child.write(reply);
			}
		}

		this.tail = searched.slice(-8);
	}

	/** Every byte written so far, as a (UTF-8) string. */
	output(): string {
		return Buffer.concat(this.chunks).toString('utf8');
	}

	/** Sends the bytes of key names from the key table, in one write. */
	press(...names: string[]): void {
		this.child.write(names.map((name) => bytesFor(name)).join(''));
	}

	/** Sends bytes as they are. */
	write(data: string): void {
		this.child.write(data);
	}

	/** Resizes the emulator and the pty together, once the emulator has parsed what came before. */
	async resize(cols: number, rows: number): Promise<void> {
		await this.flushed();
		this.terminal.resize(cols, rows);
		this.child.resize(cols, rows);
	}

	/** Polls the screen until `predicate` holds on a whole frame, and returns its text; throws with the screen after `timeout` ms. */
	waitFor(predicate: (text: string) => boolean, timeout = 10_000, what = 'the screen to match'): Promise<string> {
		return waitForScreen(this, predicate, {timeout, what});
	}

	/** Waits until the screen shows `text` somewhere. */
	waitForText(text: string, timeout?: number): Promise<string> {
		return this.waitFor((screen) => screen.includes(text), timeout, JSON.stringify(text));
	}

	/**
	Waits until the CLI has put the terminal in raw mode, so that a key is read at once and not
	echoed: a key sent in the moment between the first frame and raw mode would be echoed onto the screen.
	*/
	async waitForRawMode(timeout = 10_000): Promise<void> {
		const {raw} = await poll(
			async () => ({raw: await this.child.isRaw(), ended: this.child.ended}),
			(now) => now.raw || now.ended,
			{timeout, what: 'raw mode', describe: () => frameText(this.text())},
		);
		if (!raw) {
			throw new Error(`the command ended before raw mode; the screen:\n${frameText(this.text())}`);
		}
	}

	/** Waits for the first frame (it shows `text`) and for raw mode: from then on keys work. Returns the screen. */
	async ready(text = '个人资料'): Promise<string> {
		await this.waitForText(text);
		await this.waitForRawMode();
		return this.text();
	}

	/** The CLI's process id: the process under the terminal that runs the built CLI (or the script). */
	pid(): number {
		return this.child.pid(this.target);
	}

	/** The terminal device the child sees, such as /dev/pts/3. */
	ptsName(): string {
		return this.child.ptsName();
	}

	/** Sends a signal to the CLI itself, as `kill` from another terminal would. */
	signal(name: NodeJS.Signals): void {
		process.kill(this.pid(), name);
	}

	/** Kills everything under the terminal: the reporter, a shell, the CLI (one process group). */
	kill(): void {
		this.child.kill();
	}

	/** Kills what still runs under the terminal and frees the emulator. */
	async close(): Promise<void> {
		await this.child.close();
		this.terminal.dispose();
	}
}

/**
Starts the built CLI in a pseudo-terminal of `cols` × `rows`, outside the cap on sessions at
once: for a session that lives beside others the test holds (an SSH client's, beside its
server). A test's own sessions go through `withSession`.
*/
export function start(options: StartOptions): Session {
	return new Session(options);
}

/**
Runs `body` with a session and always ends the child, whatever `body` does. It waits for one
of the file's slots (one per core): a file that asks for many sessions at once gets them in turn.
*/
export function withSession<T>(options: StartOptions, body: (session: Session) => Promise<T>): Promise<T> {
	return inSlot(async () => {
		const session = start(options);
		try {
			return await body(session);
		} finally {
			await session.close();
		}
	});
}
