// What the sequences of a terminal's keys stand for: xterm, VT220, rxvt, the Linux console
// and the kitty keyboard protocol. Names are those of the key table: `up`, `f5`, `pageup`.

/** Keys named by the final byte of a CSI or SS3 sequence: `ESC [ A`, `ESC O P`. */
export const finalKeys: Readonly<Record<string, string>> = {
	A: 'up',
	B: 'down',
	C: 'right',
	D: 'left',
	E: 'begin',
	F: 'end',
	H: 'home',
	P: 'f1',
	Q: 'f2',
	R: 'f3',
	S: 'f4',
	Z: 'shift-tab',
};

// The numbers of F1–F20 in `ESC [ n ~`: F1 is 11, with gaps where the VT220 had none.
const functionKeyNumbers = [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24, 25, 26, 28, 29, 31, 32, 33, 34];

/** Keys named by the number of a `ESC [ n ~` sequence (rxvt ends the same numbers in ^, $ or @). */
export const tildeKeys: Readonly<Record<number, string>> = {
	1: 'home',
	2: 'insert',
	3: 'delete',
	4: 'end',
	5: 'pageup',
	6: 'pagedown',
	7: 'home',
	8: 'end',
	...Object.fromEntries(functionKeyNumbers.map((code, index) => [code, `f${index + 1}`])),
};

/** The Linux console's F1–F5: `ESC [ [ A` … `ESC [ [ E`. */
export const linuxKeys: Readonly<Record<string, string>> = {A: 'f1', B: 'f2', C: 'f3', D: 'f4', E: 'f5'};

/** rxvt's shifted arrows, `ESC [ a`, and (after SS3) its ctrl ones, `ESC O a`. */
export const rxvtArrows: Readonly<Record<string, string>> = {a: 'up', b: 'down', c: 'right', d: 'left'};

const digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** The keypad in application mode, after SS3: `ESC O M` is its Enter, `ESC O p` … `ESC O y` its digits. */
export const keypadKeys: Readonly<Record<string, string>> = {
	M: 'return',
	X: '=',
	j: '*',
	k: '+',
	l: ',',
	m: '-',
	n: '.',
	o: '/',
	...Object.fromEntries(digits.map((digit, index) => [String.fromCodePoint(0x70 + index), digit])),
};

/** Keys by code point, for the kitty protocol's `CSI code u` and for control characters. */
export const codeKeys: Readonly<Record<number, string>> = {
	9: 'tab',
	13: 'return',
	27: 'escape',
	32: 'space',
	127: 'backspace',
};

/** The kitty protocol's functional keys, `CSI 57xxx u`, that have a name here: the keypad's. */
export const kittyKeys: Readonly<Record<number, string>> = {
	...Object.fromEntries(digits.map((digit, index) => [57_399 + index, digit])),
	57414: 'return',
	57417: 'left',
	57418: 'right',
	57419: 'up',
	57420: 'down',
	57421: 'pageup',
	57422: 'pagedown',
	57423: 'home',
	57424: 'end',
};

// The modifier bits of a CSI parameter, less one: shift 1, alt 2, ctrl 4, super 8, hyper 16,
// meta 32; caps and num lock (64, 128) are states, not modifiers.
const modifierNames = [
	[4, 'ctrl'],
	[2, 'alt'],
	[8, 'super'],
	[16, 'hyper'],
	[32, 'meta'],
	[1, 'shift'],
] as const;

/** A key's name with the modifiers of a CSI parameter (`5` is ctrl): `ctrl-up`. */
export function withModifiers(name: string, parameter: number): string {
	const bits = Math.max(0, parameter - 1);
	const prefix = modifierNames.flatMap(([bit, modifier]) => ((bits & bit) === 0 ? [] : [`${modifier}-`])).join('');
	return prefix + name;
}

const controlSymbols: Readonly<Record<number, string>> = {28: '\\', 29: ']', 30: '^', 31: '_'};

/** The name of a key typed as a character, without modifiers: `a`, `G`, `space`, `ctrl-c`, `return`. */
export function characterKey(character: string): string {
	const code = character.codePointAt(0)!;
	const named = codeKeys[code];
	if (named) {
		return named;
	}

	if (code === 0) {
		return 'ctrl-space';
	}

	if (code === 8) {
		return 'backspace';
	}

	if (code === 10) {
		return 'return';
	}

	// Ctrl+A … Ctrl+Z, then Ctrl+\ ] ^ _.
	if (code < 32) {
		return `ctrl-${code <= 26 ? String.fromCodePoint(code + 96) : controlSymbols[code]}`;
	}

	return character;
}
