import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import xterm from '@xterm/headless';
import {type IPty, spawn} from 'node-pty';
import stringWidth from 'string-width';
import {bytesFor} from '../helpers.js';

export {bytesFor, keyBytes} from '../helpers.js';

/** The project's root: the built CLI and its content are found from here, whatever the cwd. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built command, as `npx manjusaka` runs it; MANJUSAKA_CLI names another build (a copy, an installed package). */
export const cli = process.env.MANJUSAKA_CLI ?? join(root, 'dist', 'cli.js');

/**
The environment of a user's terminal, and nothing from the one the tests run in: CI makes Ink
print only its last frame, and FORCE_COLOR, NO_COLOR or COLORTERM would change the colours.
*/
export function cleanEnv(extra: Readonly<Record<string, string | undefined>> = {}): Record<string, string> {
	const env: Record<string, string | undefined> = {
		PATH: process.env.PATH,
		HOME: process.env.HOME,
		// Not English: the app starts in Chinese, the original.
		LANG: 'zh_CN.UTF-8',
		TERM: 'xterm-256color',
		...extra,
	};
	return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** How the command ended: its exit code, or the signal that killed it. */
export type Exit = {readonly exitCode: number | null; readonly signal: NodeJS.Signals | null};

const reporter = join(root, 'test', 'e2e', 'fixtures', 'report-exit.mjs');
// What report-exit.mjs writes once the command has ended.
const endMark = Buffer.from('\u001B]7770;exit=');

/** How many bytes at the end of `bytes` could be the start of the end mark, to keep until more come. */
function heldBack(bytes: Buffer): number {
	for (let length = Math.min(endMark.length - 1, bytes.length); length > 0; length--) {
		if (bytes.subarray(bytes.length - length).equals(endMark.subarray(0, length))) {
			return length;
		}
	}

	return 0;
}

/** How to start the CLI in a pseudo-terminal. */
export type StartOptions = {
	readonly cols: number;
	readonly rows: number;
	readonly args?: readonly string[];
	/** Variables on top of `cleanEnv()`; `undefined` removes one. */
	readonly env?: Readonly<Record<string, string | undefined>>;
	/**
	A /bin/sh script that runs the command as `"$@"`, for what node-pty cannot set up itself
	(stdin from /dev/null, stdout into a pipe, a look at the terminal's modes afterwards).
	*/
	readonly shell?: string;
	/** A script to run instead of the CLI: the harness's own tests draw with fixtures. */
	readonly script?: string;
};

/** Shell scripts for `StartOptions.shell`. */
export const shells = {
	/** stdin is /dev/null, stdout is still the terminal. */
	stdinNull: 'exec "$@" < /dev/null',
	/** stdout is a pipe into cat, stdin is still the terminal. */
	stdoutPipe: '"$@" | cat',
	/**
	Runs the command, then prints `tty: as before` if the terminal's modes (raw mode, echo…)
	are what they were before it started, and exits with the command's status.
	*/
	checkTty: (redirect = '') =>
		`before=$(stty -g); "$@"${redirect}; code=$?; if [ "$(stty -g)" = "$before" ]; then echo '${ttyRestored}'; else echo 'tty: changed'; fi; exit $code`,
} as const;

/** What `shells.checkTty` prints when the terminal was left as it was found. */
export const ttyRestored = 'tty: as before';

/** One cell of the screen: its text ('' for the second half of a wide character) and width. */
export type Cell = {readonly char: string; readonly width: number};

/** A box drawn with corners and bars, by cell column; `faults` lists what is out of line. */
export type BoxFrame = {
	readonly top: number;
	readonly bottom: number;
	readonly left: number;
	readonly right: number;
	readonly faults: readonly string[];
};

/** How a cell is drawn. */
export type Attributes = {readonly bold: boolean; readonly inverse: boolean; readonly defaultColors: boolean};

const live = new Set<Session>();

// A test that throws before its finally, or a runner that stops early, leaves no child behind.
process.on('exit', () => {
	for (const session of live) {
		session.kill();
	}
});

/** The built CLI in a pseudo-terminal, every byte it writes fed to a headless xterm of the same size. */
export class Session {
	/** Resolves once the child has exited and everything it wrote is on the screen. */
	readonly exit: Promise<Exit>;
	readonly terminal: InstanceType<typeof xterm.Terminal>;
	private readonly pty: IPty;
	/** The script the command runs: the CLI, or a fixture. */
	private readonly target: string;
	private readonly chunks: Buffer[] = [];
	private readonly decoder = new TextDecoder();
	private scrollCount = 0;
	/** The command has ended (its report is in). */
	private exited = false;
	/** The reporter has ended and the terminal is closed. */
	private closed = false;
	private readonly terminalClosed: Promise<void>;

	constructor(options: StartOptions) {
		this.target = options.script ?? cli;
		this.terminal = new xterm.Terminal({
			cols: options.cols,
			rows: options.rows,
			allowProposedApi: true,
			scrollback: 1000,
		});
		// xterm reports a scroll as the screen moves up a line, and once more as it switches buffers.
		this.terminal.onScroll(() => {
			this.scrollCount++;
		});
		this.terminal.buffer.onBufferChange(() => {
			this.scrollCount--;
		});
		const command = [process.execPath, options.script ?? cli, ...(options.args ?? [])];
		const inner = options.shell === undefined ? command : ['/bin/sh', '-c', options.shell, 'sh', ...command];
		this.pty = spawn(process.execPath, [reporter, ...inner], {
			cols: options.cols,
			rows: options.rows,
			cwd: root,
			env: cleanEnv(options.env),
			encoding: null,
		});
		live.add(this);
		let ended: (exit: Exit) => void = () => undefined;
		this.exit = new Promise<Exit>((resolve) => {
			ended = (exit) => {
				// The command has ended: bytes after this are the reporter's, not the command's.
				this.exited = true;
				// Whatever came before the end is parsed before the promise settles.
				this.terminal.write('', () => resolve(exit));
			};
		});
		// Bytes not yet given to the emulator: the end mark can be split between two reads.
		let pending = Buffer.alloc(0);
		this.pty.onData((data: string | Buffer) => {
			if (this.exited) {
				// The reporter's echo of the harness's answer, after the end.
				return;
			}

			pending = Buffer.concat([pending, typeof data === 'string' ? Buffer.from(data) : data]);
			const at = pending.indexOf(endMark);
			const held = at >= 0 ? pending.length - at : heldBack(pending);
			this.feed(pending.subarray(0, pending.length - held));
			pending = pending.subarray(pending.length - held);
			const end = at >= 0 ? pending.indexOf(7) : -1;
			if (end >= 0) {
				const [code, signal] = pending.subarray(endMark.length, end).toString().split(';');
				ended({exitCode: code ? Number(code) : null, signal: (signal || null) as NodeJS.Signals | null});
				// Everything is read: let the reporter close the terminal.
				this.pty.write('\r');
			}
		});
		this.terminalClosed = new Promise((resolve) => {
			this.pty.onExit(() => resolve());
		});
		this.pty.onExit(() => {
			live.delete(this);
			this.closed = true;
			// Killed before the command ended (close() does that): no code, no signal.
			if (!this.exited) {
				ended({exitCode: null, signal: null});
			}
		});
	}

	/**
	Takes bytes the command wrote: kept, and written to the emulator as text. @xterm/headless 6.0
	drops a character whose UTF-8 bytes are split between writes after an 80 byte (› as E2 80 | BA;
	xtermjs/xterm.js#6003), so the harness decodes the stream itself.
	*/
	private feed(bytes: Buffer): void {
		if (bytes.length > 0) {
			this.chunks.push(bytes);
			this.terminal.write(this.decoder.decode(bytes, {stream: true}));
		}
	}

	/** Every byte written so far, as a (UTF-8) string. */
	output(): string {
		return Buffer.concat(this.chunks).toString('utf8');
	}

	/** Number of lines that left the top of the screen, in either buffer: a frame taller than the terminal scrolls. */
	scrolled(): number {
		return this.scrollCount;
	}

	/** Lines in the normal buffer's scrollback. */
	scrollback(): number {
		return this.terminal.buffer.normal.baseY;
	}

	/** The visible rows, trailing spaces trimmed. */
	screen(): string[] {
		const buffer = this.terminal.buffer.active;
		return Array.from(
			{length: this.terminal.rows},
			(_, y) => buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '',
		);
	}

	/** The visible rows joined by newlines. */
	text(): string {
		return this.screen().join('\n');
	}

	/** The cells of a visible row, one per column. */
	cells(y: number): Cell[] {
		const buffer = this.terminal.buffer.active;
		const line = buffer.getLine(buffer.viewportY + y);
		return Array.from({length: this.terminal.cols}, (_, x) => {
			const cell = line?.getCell(x);
			return {char: cell?.getChars() ?? '', width: cell?.getWidth() ?? 1};
		});
	}

	/** Where `text` first stands on the screen, by cell column and row. */
	locate(text: string): {x: number; y: number} | undefined {
		for (let y = 0; y < this.terminal.rows; y++) {
			let row = '';
			const columns: number[] = [];
			for (const [x, cell] of this.cells(y).entries()) {
				// The second half of a wide character has no text; an empty cell reads as a space.
				const char = cell.width === 0 ? '' : cell.char || ' ';
				row += char;
				columns.push(...Array.from({length: char.length}, () => x));
			}

			const at = row.indexOf(text);
			if (at >= 0) {
				return {x: columns[at]!, y};
			}
		}

		return undefined;
	}

	/** How a cell is drawn: bold, inverse, and whether its colours are the terminal's own. */
	attributes(x: number, y: number): Attributes {
		const buffer = this.terminal.buffer.active;
		const cell = buffer.getLine(buffer.viewportY + y)?.getCell(x);
		if (!cell) {
			throw new Error(`no cell at ${x}, ${y}`);
		}

		return {
			bold: cell.isBold() !== 0,
			inverse: cell.isInverse() !== 0,
			defaultColors: cell.isFgDefault() && cell.isBgDefault(),
		};
	}

	/** Visible rows that the terminal wrapped: text ran past the last column. */
	wrappedRows(): number[] {
		const buffer = this.terminal.buffer.active;
		return Array.from({length: this.terminal.rows}, (_, y) => y).filter(
			(y) => buffer.getLine(buffer.viewportY + y)?.isWrapped,
		);
	}

	/** Visible rows wider than the terminal, counted with string-width (wide characters as two). */
	overwideRows(): Array<{row: number; width: number; text: string}> {
		return this.screen()
			.map((text, row) => ({row, width: stringWidth(text), text}))
			.filter(({width}) => width > this.terminal.cols);
	}

	/** The boxes on the screen, found from their top-left corners, each checked for straight sides. */
	frames(): BoxFrame[] {
		const grid = this.screen().map((_, y) => this.cells(y).map((cell) => cell.char));
		const at = (y: number, x: number) => grid[y]?.[x] ?? '';
		const found: BoxFrame[] = [];
		for (const [top, row] of grid.entries()) {
			for (const [left, char] of row.entries()) {
				if (char !== '┏' && char !== '╭') {
					continue;
				}

				const [vertical, topRight, bottomLeft, bottomRight] =
					char === '┏' ? ['┃', '┓', '┗', '┛'] : ['│', '╮', '╰', '╯'];
				const right = row.indexOf(topRight, left + 1);
				const faults: string[] = [];
				if (right < 0) {
					faults.push(`row ${top}: no ${topRight} right of column ${left}`);
					found.push({top, bottom: top, left, right, faults});
					continue;
				}

				let bottom = top + 1;
				while (bottom < grid.length && at(bottom, left) === vertical) {
					if (at(bottom, right) !== vertical) {
						faults.push(`row ${bottom}: "${at(bottom, right)}" at column ${right}, not ${vertical}`);
					}

					bottom++;
				}

				if (at(bottom, left) !== bottomLeft || at(bottom, right) !== bottomRight) {
					faults.push(
						`row ${bottom}: "${at(bottom, left)}…${at(bottom, right)}" at columns ${left}, ${right}, not ${bottomLeft}…${bottomRight}`,
					);
				}

				found.push({top, bottom, left, right, faults});
			}
		}

		return found;
	}

	/** Sends the bytes of key names from the key table, in one write. */
	press(...names: string[]): void {
		this.pty.write(names.map((name) => bytesFor(name)).join(''));
	}

	/** Sends bytes as they are. */
	write(data: string): void {
		this.pty.write(data);
	}

	/** Resizes the emulator and the pty together, once the emulator has parsed what came before. */
	async resize(cols: number, rows: number): Promise<void> {
		await this.flushed();
		this.terminal.resize(cols, rows);
		this.pty.resize(cols, rows);
	}

	/** Resolves once the emulator has parsed every byte received so far. */
	flushed(): Promise<void> {
		return new Promise((resolve) => {
			this.terminal.write('', resolve);
		});
	}

	/**
	Whether the screen shows a whole frame: everything received is parsed and no synchronized
	update (Ink wraps each frame in CSI ? 2026 h … l) is half-way through.
	*/
	private async whole(): Promise<boolean> {
		await this.flushed();
		return !this.terminal.modes.synchronizedOutputMode;
	}

	/** Polls the screen until `predicate` holds on its text, and returns that text; throws with the screen after `timeout` ms. */
	async waitFor(predicate: (text: string) => boolean, timeout = 10_000, what = 'the screen to match'): Promise<string> {
		const started = Date.now();
		for (;;) {
			const whole = await this.whole();
			const text = this.text();
			if (whole && predicate(text)) {
				return text;
			}

			if (Date.now() - started > timeout) {
				throw new Error(`timed out after ${timeout} ms waiting for ${what}; the screen:\n${frameText(text)}`);
			}

			await sleep(10);
		}
	}

	/** Waits until the screen shows `text` somewhere. */
	waitForText(text: string, timeout?: number): Promise<string> {
		return this.waitFor((screen) => screen.includes(text), timeout, JSON.stringify(text));
	}

	/** Waits until the screen and the byte stream have not changed for `quiet` ms: for asserting that nothing more comes. */
	async settled(quiet = 100, timeout = 10_000): Promise<string> {
		const started = Date.now();
		let last = '';
		let since = Date.now();
		for (;;) {
			const whole = await this.whole();
			const now = `${this.chunks.length}\n${whole}\n${this.text()}`;
			if (now !== last) {
				last = now;
				since = Date.now();
			} else if (whole && Date.now() - since >= quiet) {
				return this.text();
			}

			if (Date.now() - started > timeout) {
				throw new Error(`the screen kept changing for ${timeout} ms:\n${frameText(this.text())}`);
			}

			await sleep(10);
		}
	}

	/** The CLI's process id: the process under the terminal that runs the built CLI (or the script). */
	pid(): number {
		const target = this.target;
		const search = [this.pty.pid];
		for (let pid = search.shift(); pid !== undefined; pid = search.shift()) {
			const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
			if (pid !== this.pty.pid && commandLine[1] === target) {
				return pid;
			}

			const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
			search.push(...children.split(' ').filter(Boolean).map(Number));
		}

		throw new Error(`no process runs ${target} under ${this.pty.pid}`);
	}

	/** The terminal device the child sees, such as /dev/pts/3 (node-pty knows it but does not declare it). */
	ptsName(): string {
		return (this.pty as IPty & {readonly ptsName: string}).ptsName;
	}

	/** Sends a signal to the CLI itself, as `kill` from another terminal would. */
	signal(name: NodeJS.Signals): void {
		process.kill(this.pid(), name);
	}

	/** Kills everything under the terminal: the reporter, a shell, the CLI (one process group). */
	kill(): void {
		if (!this.closed) {
			try {
				process.kill(-this.pty.pid, 'SIGKILL');
			} catch {
				// Gone already.
			}
		}
	}

	/**
	Waits until the CLI has put the terminal in raw mode, so that a key is read at once and not
	echoed: a key sent in the moment between the first frame and raw mode would be echoed onto the screen.
	*/
	async waitForRawMode(timeout = 10_000): Promise<void> {
		const started = Date.now();
		for (;;) {
			const modes = await new Promise<string>((resolve) => {
				execFile('stty', ['-F', this.ptsName(), '-a'], {encoding: 'utf8'}, (_, stdout) => resolve(stdout));
			});
			if (/(^|\s)-icanon(\s|$)/.test(modes)) {
				return;
			}

			if (this.exited || Date.now() - started > timeout) {
				throw new Error(`the terminal never went into raw mode; the screen:\n${frameText(this.text())}`);
			}

			await sleep(10);
		}
	}

	/** Waits for the first frame (it shows `text`) and for raw mode: from then on keys work. */
	async ready(text = '个人资料'): Promise<string> {
		await this.waitForText(text);
		await this.waitForRawMode();
		return this.settled();
	}

	/** Kills what still runs under the terminal and frees the emulator. */
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

		this.terminal.dispose();
	}
}

/** Starts the built CLI in a pseudo-terminal of `cols` × `rows`. */
export function start(options: StartOptions): Session {
	return new Session(options);
}

/** Runs `body` with a session and always ends the child, whatever `body` does. */
export async function withSession<T>(options: StartOptions, body: (session: Session) => Promise<T>): Promise<T> {
	const session = start(options);
	try {
		return await body(session);
	} finally {
		await session.close();
	}
}

/** A screen for a failure message: rows numbered, ends of lines marked. */
export function frameText(text: string): string {
	return text
		.split('\n')
		.map((row, y) => `${String(y).padStart(2)}|${row}|`)
		.join('\n');
}

/** A control sequence (CSI) in a byte stream: `ESC [ prefix params final`. */
export type ControlSequence = {
	readonly index: number;
	readonly prefix: string;
	readonly params: string;
	readonly final: string;
};

/** Every CSI sequence in `bytes`, in order. */
export function controlSequences(bytes: string): ControlSequence[] {
	const found: ControlSequence[] = [];
	let at = bytes.indexOf('\u001B[');
	while (at >= 0) {
		let end = at + 2;
		while (end < bytes.length && !(bytes.charCodeAt(end) >= 0x40 && bytes.charCodeAt(end) <= 0x7e)) {
			end++;
		}

		const body = bytes.slice(at + 2, end);
		const prefix = '<=>?'.includes(body[0] ?? 'x') ? body[0]! : '';
		found.push({index: at, prefix, params: body.slice(prefix.length), final: bytes[end] ?? ''});
		at = bytes.indexOf('\u001B[', end);
	}

	return found;
}

const isColour = (code: number) =>
	(code >= 30 && code <= 39) ||
	(code >= 40 && code <= 49) ||
	(code >= 90 && code <= 97) ||
	(code >= 100 && code <= 107);

/** The SGR sequences in `bytes` that set or reset a colour (30–39, 40–49, 90–97, 100–107, 38;…, 48;…). */
export function colourSequences(bytes: string): string[] {
	return controlSequences(bytes)
		.filter(({prefix, final}) => prefix === '' && final === 'm')
		.filter(({params}) => params.split(';').some((param) => isColour(Number(param.split(':')[0]))))
		.map(({params}) => `ESC[${params}m`);
}

// Modes a terminal starts with on: autowrap (7) and a visible cursor (25); every other one starts off.
const onByDefault = new Set(['7', '25']);

/** DEC private modes (CSI ? n h/l) whose last setting in `bytes` is not the terminal's default, as `?1049h`. */
export function modesLeftChanged(bytes: string): string[] {
	const last = new Map<string, string>();
	for (const {prefix, params, final} of controlSequences(bytes)) {
		if (prefix === '?' && (final === 'h' || final === 'l')) {
			for (const mode of params.split(';')) {
				last.set(mode, final);
			}
		}
	}

	return [...last]
		.filter(([mode, setting]) => (setting === 'h') !== onByDefault.has(mode))
		.map(([mode, setting]) => `?${mode}${setting}`);
}
