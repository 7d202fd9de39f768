import {codeKeys, finalKeys, kittyKeys, rxvtArrows, tildeKeys, withModifiers} from './key-codes.js';
import {number} from './parse-step.js';

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
export default function csiKey(parameters: string, intermediates: string, final: string): string | undefined {
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
