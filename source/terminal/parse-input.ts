import {type InputEvent, key} from './input-event.js';
import step, {esc} from './input-steps.js';

export type {InputEvent} from './input-event.js';

/** How the parser waits: a lone ESC is Esc once this many milliseconds pass with nothing after it. */
export type ParserOptions = {readonly escapeDelay?: number};

const pasteEnd = Buffer.from('\u001B[201~');
// Pasted text kept for a reader of it; the rest is read past and dropped.
const maxPaste = 1 << 20;

/**
Turns the bytes a terminal sends into keys and pastes. Every sequence is read whole, by
ECMA-48's grammar and the known dialects (xterm, VT220, rxvt, the Linux console, kitty):
what it does not know is dropped whole, so no byte of a report or an unknown key ever acts
as a key of its own. Text between bracketed-paste marks is a paste, never keys. A sequence
split between reads is joined; an ESC with nothing after it is Esc once `escapeDelay`
passes, and an ESC with a key after it in the same read is Alt and that key.
*/
export default class InputParser {
	private pending: Buffer = Buffer.alloc(0);
	private pasting: Buffer[] | undefined;
	private pasted = 0;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private readonly escapeDelay: number;

	constructor(
		private readonly emit: (event: InputEvent) => void,
		{escapeDelay = 40}: ParserOptions = {},
	) {
		this.escapeDelay = escapeDelay;
	}

	/** Takes the bytes of one read. */
	feed(chunk: Uint8Array | string): void {
		clearTimeout(this.timer);
		this.timer = undefined;
		this.pending = Buffer.concat([this.pending, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
		let events: InputEvent[] = [];
		try {
			events = this.parse();
		} catch {
			// A fault of the parser's own: what it holds is dropped, never taken for keys.
			this.pending = Buffer.alloc(0);
			this.pasting = undefined;
		}

		for (const event of events) {
			this.emit(event);
		}

		if (this.pending.length > 0 && this.pasting === undefined) {
			this.timer = setTimeout(() => this.flush(), this.escapeDelay);
		}
	}

	/** Takes what waits as it stands: an ESC with nothing after it (or only another ESC) is Esc; a sequence cut short is dropped. */
	flush(): void {
		clearTimeout(this.timer);
		this.timer = undefined;
		let escapes = 0;
		while (this.pending[escapes] === esc) {
			escapes++;
		}

		const onlyEscapes = escapes === this.pending.length;
		this.pending = Buffer.alloc(0);
		for (let count = onlyEscapes ? escapes : escapes - 1; count > 0; count--) {
			this.emit(key('escape'));
		}
	}

	/** Stops waiting: nothing more is emitted. */
	close(): void {
		clearTimeout(this.timer);
		this.timer = undefined;
		this.pending = Buffer.alloc(0);
		this.pasting = undefined;
	}

	// The events in what is pending; what is left is the start of a sequence that is not complete.
	private parse(): InputEvent[] {
		const events: InputEvent[] = [];
		let at = 0;
		while (at < this.pending.length) {
			if (this.pasting !== undefined) {
				const end = this.pending.indexOf(pasteEnd, at);
				// Without the end mark, everything but what could be its start is pasted text.
				const stop = end >= 0 ? end : Math.max(at, this.pending.length - (pasteEnd.length - 1));
				this.paste(this.pending.subarray(at, stop));
				if (end < 0) {
					at = stop;
					break;
				}

				const text = Buffer.concat(this.pasting).toString('utf8');
				this.pasting = undefined;
				events.push({kind: 'paste', text});
				at = end + pasteEnd.length;
				continue;
			}

			const taken = step(this.pending, at);
			if (taken === undefined) {
				break;
			}

			at += taken.length;
			if (taken.event === 'paste-start') {
				this.pasting = [];
				this.pasted = 0;
			} else if (taken.event) {
				events.push(taken.event);
			}
		}

		this.pending = this.pending.subarray(at);
		return events;
	}

	private paste(piece: Uint8Array): void {
		if (this.pasted < maxPaste) {
			this.pasting!.push(Buffer.from(piece.subarray(0, maxPaste - this.pasted)));
		}

		this.pasted += piece.length;
	}
}
