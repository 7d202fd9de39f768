import {key} from '../keys/input-event.js';
import csiKey from './csi-key.js';
import {finalKeys, keypadKeys, linuxKeys, rxvtArrows, withModifiers} from './key-codes.js';
import {number, type Overflow, type Step} from './parse-step.js';
import {csiReport} from './reports.js';

// The longest control sequence taken; a longer one is dropped as garbage, to its final byte.
const maxSequence = 64;

const isFinal = (byte: number) => byte >= 0x40 && byte <= 0x7e;

// The offset past a run of bytes from `low` to `high` from `index`; never more than `limit`.
function skip(bytes: Uint8Array, index: number, low: number, high: number, limit: number): number {
	let end = index;
	while (end < bytes.length && end < limit && bytes[end]! >= low && bytes[end]! <= high) {
		end++;
	}

	return end;
}

/**
Where the final byte of a sequence from `at` should stand, at `index`: the final byte; or
the step it comes to without one: an overflow past `limit`, not yet come (undefined), or
cut short by a byte that cannot be in it (what came before is dropped, that byte read anew).
*/
function ending(bytes: Uint8Array, at: number, index: number, limit: number): {step: Step} | {final: number} {
	if (index >= limit) {
		return {step: {length: index - at, event: 'sequence'}};
	}

	const final = bytes[index];
	if (final === undefined) {
		return {step: undefined};
	}

	return isFinal(final) ? {final} : {step: {length: index - at}};
}

/** A CSI sequence at `at` (`ESC [`, parameters, intermediates, a final byte), read whole. */
export function csiStep(bytes: Uint8Array, at: number): Step {
	let index = at + 2;
	if (bytes[index] === 0x5b) {
		// The Linux console's F1–F5: `ESC [ [ A`.
		const letter = bytes[index + 1];
		if (letter === undefined) {
			return undefined;
		}

		if (!isFinal(letter)) {
			return {length: 3};
		}

		const name = linuxKeys[String.fromCodePoint(letter)];
		return {length: 4, ...(name ? {event: key(name)} : {})};
	}

	const limit = at + maxSequence;
	const start = index;
	index = skip(bytes, index, 0x30, 0x3f, limit);
	if (index >= limit) {
		return {length: index - at, event: 'sequence'};
	}

	const parameters = String.fromCodePoint(...bytes.subarray(start, index));
	// rxvt's shifted keys end in `$`: `ESC [ 2 $`. A report with a `$` has more parameters.
	if (bytes[index] === 0x24 && /^\d+$/.test(parameters)) {
		return {length: index + 1 - at, ...eventOf(csiKey(parameters, '', '$'))};
	}

	const middle = index;
	index = skip(bytes, index, 0x20, 0x2f, limit);
	const end = ending(bytes, at, index, limit);
	if (!('final' in end)) {
		return end.step;
	}

	const {final} = end;
	const length = index + 1 - at;
	if (final === 0x4d && index === at + 2) {
		// An X10 mouse report: `ESC [ M` and three bytes of button and position.
		return bytes.length >= at + length + 3 ? {length: length + 3} : undefined;
	}

	if (final === 0x7e && parameters === '200') {
		return {length, event: 'paste-start'};
	}

	const intermediates = String.fromCodePoint(...bytes.subarray(middle, index));
	const report = csiReport(parameters, intermediates, String.fromCodePoint(final));
	return report
		? {length, event: report}
		: {length, ...eventOf(csiKey(parameters, intermediates, String.fromCodePoint(final)))};
}

const eventOf = (name: string | undefined) => (name === undefined ? {} : {event: key(name)});

/** An SS3 sequence at `at` (`ESC O`, a modifier, a final byte), read whole. */
export function ss3Step(bytes: Uint8Array, at: number): Step {
	const limit = at + maxSequence;
	// Old xterms put the modifiers here: `ESC O 5 P`.
	const index = skip(bytes, at + 2, 0x30, 0x3b, limit);
	const end = ending(bytes, at, index, limit);
	if (!('final' in end)) {
		return end.step;
	}

	const {final} = end;

	const letter = String.fromCodePoint(final);
	const modifiers = number(String.fromCodePoint(...bytes.subarray(at + 2, index)), 1);
	const rxvtCtrl = rxvtArrows[letter];
	const name = rxvtCtrl ? withModifiers(rxvtCtrl, 5) : (finalKeys[letter] ?? keypadKeys[letter]);
	return {length: index + 1 - at, ...eventOf(name && (rxvtCtrl ? name : withModifiers(name, modifiers)))};
}

/**
Where the rest of a sequence (or control string) too long to be one ends, from `at`: past
its parameters and intermediates and its final byte (past its text and its BEL or ESC \\
for a string), `ended`; or at the end of what has come so far. A byte that cannot be in it
ends it too, and is left to be read.
*/
export function restOfOverflow(bytes: Uint8Array, at: number, kind: Overflow): {end: number; ended: boolean} {
	const index =
		kind === 'sequence' ? skip(bytes, at, 0x20, 0x3f, bytes.length) : skip(bytes, at, 0x20, 0xff, bytes.length);
	const byte = bytes[index];
	if (byte === undefined || (kind === 'string' && byte === 0x1b && index + 1 >= bytes.length)) {
		return {end: index, ended: false};
	}

	const terminated =
		kind === 'sequence' ? isFinal(byte) : byte === 0x07 || (byte === 0x1b && bytes[index + 1] === 0x5c);
	return {end: terminated ? index + (byte === 0x1b ? 2 : 1) : index, ended: true};
}
