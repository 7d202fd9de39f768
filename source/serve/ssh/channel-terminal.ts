import {PassThrough, Writable} from 'node:stream';
import type {ServerChannel} from 'ssh2';
import type {Capabilities, Size, TerminalSession} from '../../terminal/session.js';
import {fallbackSize} from '../../text/sizes.js';
import type {Limits} from '../config/options.js';
import InputLimiter from '../limits/input-limiter.js';
import type TokenBucket from '../limits/token-bucket.js';

/**
What a channel's terminal reports to the server: bytes sent, time from a key to its frame,
input, a client that stopped reading, a key dropped past the visitor's share, and input
past anything a person sends (once).
*/
type ChannelWatch = {
	readonly sent: (bytes: number) => void;
	readonly keyToFrame: (seconds: number) => void;
	readonly input: () => void;
	readonly overflow: () => void;
	readonly dropped: (keys: number) => void;
	readonly flood: () => void;
};

// A key whose frame has not come in this long made none: it is not waited for any more.
const frameWait = 5000;

// Window changes are drawn at most this often: a person dragging a window's corner sees
// each, and a client sending thousands a second costs the server no more than that.
export const redrawInterval = 50;

/**
A visitor's terminal at the other end of an SSH channel, as the app sees a terminal: the
channel's data as keys, its size from the pty request and each window-change (clamped to
what the server draws), and the frames sent back. Output the client does not read is held
up to a bound; past it, `overflow` is called and nothing more is written. Input is limited
(`InputLimiter`): keys past the visitor's share are dropped, and bytes (a window change
counts as a read) far past what a person sends call `flood`, for the server to end the
session; from then on nothing the channel sends is parsed.
*/
export default class ChannelTerminal implements TerminalSession {
	/** What the channel sends, as far as it is within the visitor's share: the app parses nothing else. */
	readonly input = new PassThrough();
	readonly output: Writable;
	private current: Size;
	private readonly listeners = new Set<() => void>();
	private keyAt: number | undefined;
	private overflowed = false;
	private resizedAt = Number.NEGATIVE_INFINITY;
	private resizeTimer: NodeJS.Timeout | undefined;
	// The time of the last read: its keys came together, and a flood's keys are many.
	private readAt = performance.now();
	private readonly limiter: InputLimiter;
	private flooded = false;
	private dropped = 0;

	constructor(
		private readonly channel: ServerChannel,
		readonly capabilities: Capabilities,
		size: Size,
		private readonly limits: Pick<Limits, 'maxColumns' | 'maxRows' | 'maxBufferedBytes'>,
		private readonly watch: ChannelWatch,
		/** The input bytes of the visitor's address, which all its sessions share. */
		bytes: TokenBucket,
	) {
		this.limiter = new InputLimiter(() => this.readAt, bytes);
		this.current = this.clamp(size);
		channel.on('data', (chunk: Buffer) => {
			this.readAt = performance.now();
			if (this.within(chunk.length)) {
				watch.input();
				this.keyAt ??= performance.now();
				this.input.write(chunk);
			}
		});
		this.output = new Writable({
			decodeStrings: false,
			write: (chunk: string | Buffer, _encoding, callback) => {
				this.send(chunk);
				callback();
			},
		});
	}

	// Whether a read of `count` bytes is within the visitor's share; past it, once, `flood`.
	private within(count: number): boolean {
		if (!this.flooded && this.limiter.read(count)) {
			return true;
		}

		if (!this.flooded) {
			this.flooded = true;
			this.watch.flood();
		}

		return false;
	}

	/** Whether the visitor's next key is taken: past their share, it is dropped, and counted, once for all those of a read. */
	readonly admit = (): boolean => {
		if (this.limiter.key()) {
			return true;
		}

		if (this.dropped++ === 0) {
			queueMicrotask(() => {
				this.watch.dropped(this.dropped);
				this.dropped = 0;
			});
		}

		return false;
	};

	size(): Size {
		return this.current;
	}

	onResize(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** The client's window changed: the app redraws at the new size, at once or, in a storm of changes, at the last size once the interval is over. */
	resize(size: Size): void {
		if (!this.within(0)) {
			return;
		}

		this.current = this.clamp(size);
		this.watch.input();
		if (this.resizeTimer !== undefined) {
			return;
		}

		const wait = this.resizedAt + redrawInterval - performance.now();
		if (wait <= 0) {
			this.notify();
		} else {
			this.resizeTimer = setTimeout(() => this.notify(), wait);
		}
	}

	/** No more redraws: a window change still waiting is dropped. */
	close(): void {
		clearTimeout(this.resizeTimer);
		this.listeners.clear();
	}

	private notify(): void {
		this.resizeTimer = undefined;
		this.resizedAt = performance.now();
		for (const listener of this.listeners) {
			listener();
		}
	}

	/** Text on the normal screen, before or after the app: lines end in CR LF, as a terminal in raw mode needs. */
	print(text: string): void {
		this.send(text.replaceAll(/\r?\n/g, '\r\n'));
	}

	private send(chunk: string | Buffer): void {
		if (this.overflowed || !this.channel.writable) {
			return;
		}

		if (this.channel.writableLength > this.limits.maxBufferedBytes) {
			this.overflowed = true;
			this.watch.overflow();
			return;
		}

		this.channel.write(chunk);
		this.watch.sent(typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length);
		if (this.keyAt !== undefined) {
			const waited = performance.now() - this.keyAt;
			this.keyAt = undefined;
			if (waited < frameWait) {
				this.watch.keyToFrame(waited / 1000);
			}
		}
	}

	// A size of 0 (not known) is taken as the fallback; one past the limits as the limits.
	private clamp({columns, rows}: Size): Size {
		return {
			columns: Math.min(this.limits.maxColumns, columns > 0 ? columns : fallbackSize.columns),
			rows: Math.min(this.limits.maxRows, rows > 0 ? rows : fallbackSize.rows),
		};
	}
}
