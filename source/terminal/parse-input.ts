import {type InputEvent, key} from '../keys/input-event.js';
import {restOfOverflow} from './control-sequences.js';
import step, {esc, isStringStart} from './input-steps.js';
import type {Overflow} from './parse-step.js';
import Paste from './paste.js';

/** How the parser waits, and who hears of a fault of its own. */
export type ParserOptions = {
	/** Milliseconds after which an ESC with nothing after it is Esc. */
	readonly escapeDelay?: number;
	/** Milliseconds without a byte after which a paste whose end mark never came is ended. */
	readonly pasteIdle?: number;
	readonly onFault?: (error: unknown) => void;
};

/**
Turns the bytes a terminal sends into keys and pastes. Every sequence is read whole, by
ECMA-48's grammar and the known dialects (xterm, VT220, rxvt, the Linux console, kitty):
what it does not know is dropped whole, no byte of it a key; one longer than any real one
is dropped to its end. A paste is never keys. A sequence split between reads is joined; a
lone ESC is Esc once `escapeDelay` passes, ESC and a character in one read Alt and that
key. What it holds between reads is bounded: the start of a sequence or of an end mark.
*/
export default class InputParser {
	private pending: Buffer = Buffer.alloc(0);
	private pasting: Paste | undefined;
	/** What is being dropped to its end: a sequence or control string too long to be one. */
	private discarding: Overflow | undefined;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private readonly options: Required<ParserOptions>;

	constructor(
		private readonly emit: (event: InputEvent) => void,
		options: ParserOptions = {},
	) {
		this.options = {escapeDelay: 40, pasteIdle: 1000, onFault: () => undefined, ...options};
	}

	/** Takes the bytes of one read. */
	feed(chunk: Uint8Array | string): void {
		this.stopWaiting();
		this.pending = Buffer.concat([this.pending, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
		let events: InputEvent[] = [];
		try {
			events = this.parse();
		} catch (error) {
			// A fault of the parser's own: what it holds is dropped, never taken for keys.
			this.pending = Buffer.alloc(0);
			this.pasting = undefined;
			this.discarding = undefined;
			this.options.onFault(error);
		}

		for (const event of events) {
			this.emit(event);
		}

		if (this.pasting !== undefined) {
			this.timer = setTimeout(() => this.endPaste(), this.options.pasteIdle);
		} else if (this.pending.length > 0) {
			this.timer = setTimeout(() => this.flush(), this.options.escapeDelay);
		}
	}

	/**
	Takes what waits as it stands: an ESC with nothing after it is Esc; a sequence cut short
	is dropped. The rest of a sequence too long to be one, or of a control string begun (an
	answer split by a slow link: `3` of `rgb:3333/…` would jump), is dropped when it comes.
	*/
	flush(): void {
		this.stopWaiting();
		const escapes = this.pending.every((byte) => byte === esc) ? this.pending.length : 0;
		this.discarding ??= isStringStart(this.pending) ? 'string' : undefined;
		this.pending = Buffer.alloc(0);
		for (let count = 0; count < escapes; count++) {
			this.emit(key('escape'));
		}
	}

	/** Bytes held between reads: the start of a sequence, or of a paste's end mark. */
	get held(): number {
		return this.pending.length;
	}

	/** Stops waiting: nothing more is emitted. */
	close(): void {
		this.stopWaiting();
		this.pending = Buffer.alloc(0);
		this.pasting = undefined;
	}

	private stopWaiting(): void {
		clearTimeout(this.timer);
		this.timer = undefined;
	}

	// A paste whose end mark never came: what came is the paste, what was held of it too.
	private endPaste(): void {
		if (this.pasting !== undefined) {
			this.pasting.add(this.pending);
			this.pending = Buffer.alloc(0);
			this.emit({kind: 'paste', text: this.pasting.text()});
			this.pasting = undefined;
		}
	}

	// The events in what is pending; what is left is the start of a sequence not yet complete.
	private parse(): InputEvent[] {
		const events: InputEvent[] = [];
		let at = 0;
		while (at < this.pending.length) {
			if (this.pasting !== undefined) {
				const read = this.pasting.read(this.pending, at);
				at = read.end;
				if (!read.ended) {
					break;
				}

				events.push({kind: 'paste', text: this.pasting.text()});
				this.pasting = undefined;
				continue;
			}

			if (this.discarding) {
				const rest = restOfOverflow(this.pending, at, this.discarding);
				at = rest.end;
				if (!rest.ended) {
					break;
				}

				this.discarding = undefined;
				continue;
			}

			const taken = step(this.pending, at);
			if (taken === undefined) {
				break;
			}

			at += taken.length;
			if (taken.event === 'paste-start') {
				this.pasting = new Paste();
			} else if (taken.event === 'sequence' || taken.event === 'string') {
				this.discarding = taken.event;
			} else if (taken.event) {
				events.push(taken.event);
			}
		}

		this.pending = this.pending.subarray(at);
		return events;
	}
}
