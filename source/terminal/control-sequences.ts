import csiKey from './csi-key.js';
import {key, number, type Step} from './input-event.js';
import {finalKeys, keypadKeys, linuxKeys, rxvtArrows, withModifiers} from './key-codes.js';

// The longest control sequence taken; a longer one is dropped as garbage.
const maxSequence = 64;

const isFinal = (byte: number) => byte >= 0x40 && byte <= 0x7e;

/** A CSI sequence at `at` (`ESC [`, parameters, intermediates, a final byte), read whole. */
export function csiStep(bytes: Uint8Array, at: number): Step {
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

/** An SS3 sequence at `at` (`ESC O`, a modifier, a final byte), read whole. */
export function ss3Step(bytes: Uint8Array, at: number): Step {
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
