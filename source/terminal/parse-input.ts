import {
	characterKey,
	codeKeys,
	finalKeys,
	keypadKeys,
	kittyKeys,
	linuxKeys,
	rxvtArrows,
	tildeKeys,
	withModifiers,
} from './key-codes.js';

/** What a terminal's bytes come to: a key by name (as the key table names them), or pasted text. */
export type InputEvent =
	| {readonly kind: 'key'; readonly name: string}
	| {readonly kind: 'paste'; readonly text: string};

/**
One step of the parse at an offset: how many bytes it took, and the event they make, if
any (a mouse report, a cursor report or an unknown sequence makes none: it is dropped
whole). `undefined`: the bytes so far are the start of a sequence that is not complete.
*/
type Step = {readonly length: number; readonly event?: InputEvent | 'paste-start'} | undefined;

const esc = 0x1b;
// Longest control sequence and longest control string taken; a longer one is dropped as garbage.
const maxSequence = 64;
const maxString = 4096;

const key = (name: string): InputEvent => ({kind: 'key', name});
const isFinal = (byte: number) => byte >= 0x40 && byte <= 0x7e;
const number = (field: string | undefined, fallback: number) => {
	const value = Number.parseInt(field ?? '', 10);
	return Number.isNaN(value) ? fallback : value;
};

// A code point as a key, for the kitty protocol and xterm's modifyOtherKeys: named, or a printable character.
function codePointKey(code: number): string | undefined {
	const named = kittyKeys[code] ?? codeKeys[code];
	if (named) {
		return named;
	}

	const printable =
		code >= 0x20 && code <= 0x10_ffff && !(code >= 0x7f && code <= 0x9f) && !(code >= 0xd8_00 && code <= 0xdf_ff);
	return printable ? String.fromCodePoint(code) : undefined;
}

// A character key with modifiers: shift on a letter is the capital letter, as typed.
function modifiedCharacter(name: string, modifiers: number): string {
	if (modifiers === 2 && /^[a-z]$/.test(name)) {
		return name.toUpperCase();
	}

	return withModifiers(name, modifiers);
}

/** The key a complete CSI sequence stands for, from its parameters, intermediates and final byte. */
function csiKey(parameters: string, intermediates: string, final: string): string | undefined {
	// Private parameters (`<` mouse, `?` replies) and intermediates (`$ y` replies) are never keys.
	if (/^[<=>?]/.test(parameters) || (intermediates !== '' && intermediates !== '$')) {
		return undefined;
	}

	const fields = parameters.split(';').map((field) => field.split(':'));
	const first = number(fields[0]?.[0], 1);
	// `CSI 1 ; 5 : 3 u`: the event is a release, which is no key press.
	if (fields[1]?.[1] === '3') {
		return undefined;
	}

	const modifiers = number(fields[1]?.[0], 1);
	switch (final) {
		case 'u': {
			const name = codePointKey(first);
			return name === undefined ? undefined : modifiedCharacter(name, modifiers);
		}

		case '~':
		case '^':
		case '$':
		case '@': {
			if (first === 27) {
				// xterm's modifyOtherKeys: `CSI 27 ; modifiers ; code ~`.
				const name = codePointKey(number(fields[2]?.[0], -1));
				return name === undefined ? undefined : modifiedCharacter(name, modifiers);
			}

			const name = tildeKeys[first];
			// rxvt says the modifiers by the final byte: ^ ctrl, $ shift, @ both.
			const implied = {'~': modifiers, '^': 5, $: 2, '@': 6}[final];
			return name === undefined || fields.length > 2 ? undefined : withModifiers(name, implied);
		}

		case 'a':
		case 'b':
		case 'c':
		case 'd': {
			return parameters === '' ? withModifiers(rxvtArrows[final]!, 2) : undefined;
		}

		default: {
			const name = finalKeys[final];
			if (name === undefined || fields.length > 2 || first !== 1) {
				// `CSI 5 P`: old xterms give the modifiers alone. `CSI 12 ; 40 R` is a cursor report.
				return name !== undefined && fields.length === 1 && first <= 16 && final !== 'R'
					? withModifiers(name, first)
					: undefined;
			}

			return final === 'Z' ? name : withModifiers(name, modifiers);
		}
	}
}

function csiStep(bytes: Uint8Array, at: number): Step {
	let index = at + 2;
	if (bytes[index] === 0x5b) {
		// The Linux console's F1–F5: `ESC [ [ A`.
		const letter = bytes[index + 1];
		if (letter === undefined) {
			return undefined;
		}

		const name = linuxKeys[String.fromCodePoint(letter)];
		return {length: 4, ...(name ? {event: key(name)} : {})};
	}

	const start = index;
	while (index < bytes.length && bytes[index]! >= 0x30 && bytes[index]! <= 0x3f) {
		index++;
	}

	const parameters = String.fromCodePoint(...bytes.subarray(start, index));
	// rxvt's shifted keys end in `$`: `ESC [ 2 $`. A report with a `$` has more parameters.
	if (bytes[index] === 0x24 && /^\d+$/.test(parameters)) {
		return {length: index + 1 - at, ...eventOf(csiKey(parameters, '', '$'))};
	}

	const middle = index;
	while (index < bytes.length && bytes[index]! >= 0x20 && bytes[index]! <= 0x2f) {
		index++;
	}

	if (index - at > maxSequence) {
		return {length: index - at};
	}

	const final = bytes[index];
	if (final === undefined) {
		return undefined;
	}

	if (!isFinal(final)) {
		// Cut short by a byte that cannot be in it: what came before is dropped, that byte read anew.
		return {length: index - at};
	}

	const length = index + 1 - at;
	if (final === 0x4d && index === at + 2) {
		// An X10 mouse report: `ESC [ M` and three bytes of button and position.
		return bytes.length >= at + length + 3 ? {length: length + 3} : undefined;
	}

	if (final === 0x7e && parameters === '200') {
		return {length, event: 'paste-start'};
	}

	const intermediates = String.fromCodePoint(...bytes.subarray(middle, index));
	return {length, ...eventOf(csiKey(parameters, intermediates, String.fromCodePoint(final)))};
}

const eventOf = (name: string | undefined) => (name === undefined ? {} : {event: key(name)});

function ss3Step(bytes: Uint8Array, at: number): Step {
	let index = at + 2;
	// Old xterms put the modifiers here: `ESC O 5 P`.
	while (index < bytes.length && bytes[index]! >= 0x30 && bytes[index]! <= 0x3b) {
		index++;
	}

	const final = bytes[index];
	if (final === undefined) {
		return undefined;
	}

	if (!isFinal(final)) {
		return {length: index - at};
	}

	const letter = String.fromCodePoint(final);
	const modifiers = number(String.fromCodePoint(...bytes.subarray(at + 2, index)), 1);
	const rxvtCtrl = rxvtArrows[letter];
	const name = rxvtCtrl ? withModifiers(rxvtCtrl, 5) : (finalKeys[letter] ?? keypadKeys[letter]);
	return {length: index + 1 - at, ...eventOf(name && (rxvtCtrl ? name : withModifiers(name, modifiers)))};
}

// A control string (OSC, DCS, APC, PM, SOS: a terminal's answer) up to BEL or ESC \. Where a
// key comes before the end, it was no string but Alt and a key: `ESC P` is Alt+Shift+P.
function stringStep(bytes: Uint8Array, at: number): Step {
	for (let index = at + 2; index < bytes.length; index++) {
		const byte = bytes[index]!;
		if (byte === 0x07) {
			return {length: index + 1 - at};
		}

		if (byte === esc) {
			if (index + 1 >= bytes.length) {
				return undefined;
			}

			return bytes[index + 1] === 0x5c
				? {length: index + 2 - at}
				: {length: 2, event: key(`alt-${String.fromCodePoint(bytes[at + 1]!)}`)};
		}

		if (byte < 0x20 || index - at > maxString) {
			return byte < 0x20
				? {length: 2, event: key(`alt-${String.fromCodePoint(bytes[at + 1]!)}`)}
				: {length: index - at};
		}
	}

	return undefined;
}

function escapeStep(bytes: Uint8Array, at: number): Step {
	const next = bytes[at + 1];
	if (next === undefined) {
		return undefined;
	}

	switch (next) {
		case 0x5b: {
			return csiStep(bytes, at);
		}

		case 0x4f: {
			return ss3Step(bytes, at);
		}

		case 0x5d:
		case 0x50:
		case 0x5f:
		case 0x5e:
		case 0x58: {
			return stringStep(bytes, at);
		}

		default: {
			// ESC and a key in one read: Alt and that key.
			const inner = step(bytes, at + 1);
			if (inner === undefined) {
				return undefined;
			}

			const event = inner.event;
			return {
				length: 1 + inner.length,
				...(typeof event === 'object' && event.kind === 'key' && !event.name.startsWith('alt-')
					? {event: key(`alt-${event.name}`)}
					: {}),
			};
		}
	}
}

// The length of the UTF-8 character a lead byte starts; 0 for a byte that starts none.
const utf8Length = (byte: number) =>
	byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;

function characterStep(bytes: Uint8Array, at: number): Step {
	const byte = bytes[at]!;
	if (byte < 0x80) {
		return {length: 1, event: key(characterKey(String.fromCodePoint(byte)))};
	}

	const length = utf8Length(byte);
	for (let index = at + 1; index < at + length; index++) {
		const continuation = bytes[index];
		if (continuation === undefined) {
			return undefined;
		}

		if ((continuation & 0xc0) !== 0x80) {
			return {length: 1};
		}
	}

	if (length === 0) {
		return {length: 1};
	}

	const character = new TextDecoder('utf-8', {fatal: false}).decode(bytes.subarray(at, at + length));
	const code = character.codePointAt(0)!;
	// A decoding error, or a C1 control written in UTF-8: nothing to type.
	const typed = character.length <= 2 && code !== 0xff_fd && !(code >= 0x80 && code <= 0x9f);
	return {length, ...(typed ? {event: key(character)} : {})};
}

function step(bytes: Uint8Array, at: number): Step {
	return bytes[at] === esc ? escapeStep(bytes, at) : characterStep(bytes, at);
}

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
		this.parse();
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

	private parse(): void {
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
				this.emit({kind: 'paste', text});
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
				this.emit(taken.event);
			}
		}

		this.pending = this.pending.subarray(at);
	}

	private paste(piece: Uint8Array): void {
		if (this.pasted < maxPaste) {
			this.pasting!.push(Buffer.from(piece.subarray(0, maxPaste - this.pasted)));
		}

		this.pasted += piece.length;
	}
}
