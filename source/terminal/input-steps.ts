import {key} from '../keys/input-event.js';
import {csiStep, ss3Step} from './control-sequences.js';
import {characterKey} from './key-codes.js';
import type {Step} from './parse-step.js';
import {oscReport} from './reports.js';

/** The escape byte, which starts every sequence. */
export const esc = 0x1b;

// The bytes after ESC that begin a control string: `]` OSC, `P` DCS, `_` APC, `^` PM, `X` SOS.
const stringIntroducers: ReadonlySet<number> = new Set([0x5d, 0x50, 0x5f, 0x5e, 0x58]);

/** Whether `bytes` are the start of a control string with something in it: `ESC ] 1`, not `ESC ]` alone (Alt+]). */
export const isStringStart = (bytes: Uint8Array) =>
	bytes.length > 2 && bytes[0] === esc && stringIntroducers.has(bytes[1]!);
// The longest control string taken; a longer one is dropped as garbage.
const maxString = 4096;

// A whole control string from `at` to its end (`length` bytes with it): an OSC can be a report.
function wholeString(bytes: Uint8Array, at: number, end: number, length: number): Step {
	const event =
		bytes[at + 1] === 0x5d ? oscReport(Buffer.from(bytes.subarray(at + 2, end)).toString('latin1')) : undefined;
	return event ? {length, event} : {length};
}

// A control string (OSC, DCS, APC, PM, SOS: a terminal's answer) up to BEL or ESC \. Where a
// key comes before the end, it was no string but Alt and a key: `ESC P` is Alt+Shift+P.
function stringStep(bytes: Uint8Array, at: number): Step {
	for (let index = at + 2; index < bytes.length; index++) {
		const byte = bytes[index]!;
		if (byte === 0x07) {
			return wholeString(bytes, at, index, index + 1 - at);
		}

		if (byte === esc) {
			if (index + 1 >= bytes.length) {
				return undefined;
			}

			return bytes[index + 1] === 0x5c
				? wholeString(bytes, at, index, index + 2 - at)
				: {length: 2, event: key(`alt-${String.fromCodePoint(bytes[at + 1]!)}`)};
		}

		if (byte < 0x20) {
			return {length: 2, event: key(`alt-${String.fromCodePoint(bytes[at + 1]!)}`)};
		}

		if (index - at > maxString) {
			return {length: index - at, event: 'string'};
		}
	}

	return undefined;
}

function escapeStep(bytes: Uint8Array, at: number): Step {
	const next = bytes[at + 1];
	if (next === undefined) {
		return undefined;
	}

	if (stringIntroducers.has(next)) {
		return stringStep(bytes, at);
	}

	switch (next) {
		case 0x5b: {
			return csiStep(bytes, at);
		}

		case 0x4f: {
			return ss3Step(bytes, at);
		}

		case esc: {
			// Esc pressed, then a sequence or Esc again: the first is Esc, the rest is read anew.
			return {length: 1, event: key('escape')};
		}

		default: {
			// ESC and a character in one read: Alt and that key.
			const inner = characterStep(bytes, at + 1);
			if (inner === undefined) {
				return undefined;
			}

			const event = inner.event;
			return {
				length: 1 + inner.length,
				...(typeof event === 'object' && event.kind === 'key' ? {event: key(`alt-${event.name}`)} : {}),
			};
		}
	}
}

// The length of the UTF-8 character a lead byte starts; 0 for a byte that starts none.
const utf8Length = (byte: number) =>
	byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;

// The step of each ASCII byte, made once: a paste without bracketed paste mode, or a
// flood, is mostly these, one a byte, and an event that is not kept costs nothing to make.
const asciiSteps: readonly Step[] = Array.from({length: 0x80}, (_, byte) =>
	Object.freeze({length: 1, event: key(characterKey(String.fromCodePoint(byte)))}),
);

function characterStep(bytes: Uint8Array, at: number): Step {
	const byte = bytes[at]!;
	if (byte < 0x80) {
		return asciiSteps[byte];
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

/** One step of the parse at `at`: a key, a paste mark, something dropped whole, or undefined for a sequence not yet complete. */
export default function step(bytes: Uint8Array, at: number): Step {
	return bytes[at] === esc ? escapeStep(bytes, at) : characterStep(bytes, at);
}
