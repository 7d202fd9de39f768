import {PassThrough, Writable} from 'node:stream';
import xterm from '@xterm/headless';
import type {Language} from '../../source/model/language.js';
import type {Capabilities, TerminalSession} from '../../source/terminal/session.js';
import type {ColorLevel} from '../../source/theme/color-level.js';
import {Screen} from './screen.js';
import {waitForScreen} from './screen-waits.js';

// Ink ends each frame with the end of a synchronized update.
const frameEnd = '\u001B[?2026l';

/** A terminal in memory: its size, and what it can show. */
export type MemoryTerminalOptions = {
	readonly columns: number;
	readonly rows: number;
	readonly language?: Language;
	readonly colorLevel?: ColorLevel;
	readonly unicode?: boolean;
	/** The background as the session's capabilities give it: `unknown` makes the app ask (the test answers). */
	readonly background?: Capabilities['background'];
};

/**
A terminal that lives in the test's process: keys go in as bytes, and what the app writes
is drawn by a headless xterm of the same size. Its session is what an SSH channel or the
process's terminal gives the app.
*/
export default class MemoryTerminal {
	readonly screen: Screen;
	readonly session: TerminalSession;
	private readonly input = new PassThrough();
	private readonly chunks: Buffer[] = [];
	private readonly resizeListeners = new Set<() => void>();
	private size: {columns: number; rows: number};

	constructor({
		columns,
		rows,
		language = 'zh',
		colorLevel = 0,
		unicode = true,
		background = 'dark',
	}: MemoryTerminalOptions) {
		this.size = {columns, rows};
		const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 1000});
		this.screen = new Screen(terminal);
		const output = new Writable({
			write: (chunk: Buffer, _encoding, done) => {
				this.chunks.push(chunk);
				terminal.write(chunk, done);
			},
		});
		this.session = {
			input: this.input,
			output,
			capabilities: {colorLevel, background, multiplexer: 'none', unicode, hyperlinks: false, language},
			size: () => this.size,
			onResize: (listener) => {
				this.resizeListeners.add(listener);
				return () => this.resizeListeners.delete(listener);
			},
		};
	}

	/** Sends the bytes of keys (a string as UTF-8), in one read. */
	press(bytes: string | Uint8Array): void {
		this.input.write(bytes);
	}

	/** Resizes the terminal, as a window change would, once what came before is drawn. */
	async resize(columns: number, rows: number): Promise<void> {
		await this.screen.flushed();
		this.screen.terminal.resize(columns, rows);
		this.size = {columns, rows};
		for (const listener of this.resizeListeners) {
			listener();
		}
	}

	/** Everything the app wrote, as text. */
	written(): string {
		return Buffer.concat(this.chunks).toString('utf8');
	}

	/** Waits until the screen shows `text`, and returns the screen. */
	waitForText(text: string): Promise<string> {
		return waitForScreen(this.screen, (screen) => screen.includes(text), {what: JSON.stringify(text)});
	}

	/** Waits until the app has drawn a whole frame (on a screen too small to show text, the only sign of one), and returns the screen. */
	drawn(): Promise<string> {
		return waitForScreen(this.screen, () => this.written().includes(frameEnd), {what: 'a whole frame'});
	}

	/** Frees the emulator. */
	dispose(): void {
		this.screen.terminal.dispose();
	}
}
