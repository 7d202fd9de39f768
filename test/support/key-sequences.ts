// What terminals send for their keys, written out from their documentation (xterm's
// ctlseqs, the VT220 manual, rxvt's, the Linux console's, kitty's keyboard protocol), with
// the name the app must read for each: an independent table to hold the parser against.

/** A sequence and the key name it stands for. */
export type KnownKey = {readonly bytes: string; readonly name: string; readonly terminal: string};

const csi = '\u001B[';
const ss3 = '\u001BO';

/** The modifier parameters 2–16: every mix of shift, alt, ctrl and super. */
export const modifierParameters = Array.from({length: 15}, (_, index) => index + 2);

/** A key name with the modifiers of a parameter, spelled as the key table spells them: `ctrl-alt-up`. */
export function modified(name: string, parameter: number): string {
	const bits = parameter - 1;
	const names = [
		...(bits & 4 ? ['ctrl'] : []),
		...(bits & 2 ? ['alt'] : []),
		...(bits & 8 ? ['super'] : []),
		...(bits & 1 ? ['shift'] : []),
	];
	return [...names, name].join('-');
}

const letters: Readonly<Record<string, string>> = {A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end'};
const functionKeys: Readonly<Record<string, string>> = {P: 'f1', Q: 'f2', R: 'f3', S: 'f4'};
const tilde: ReadonlyArray<readonly [number, string]> = [
	[2, 'insert'],
	[3, 'delete'],
	[5, 'pageup'],
	[6, 'pagedown'],
	[15, 'f5'],
	[17, 'f6'],
	[18, 'f7'],
	[19, 'f8'],
	[20, 'f9'],
	[21, 'f10'],
	[23, 'f11'],
	[24, 'f12'],
];
const vt220: ReadonlyArray<readonly [number, string]> = [
	[1, 'home'],
	[4, 'end'],
	[25, 'f13'],
	[26, 'f14'],
	[28, 'f15'],
	[29, 'f16'],
	[31, 'f17'],
	[32, 'f18'],
	[33, 'f19'],
	[34, 'f20'],
];

function xterm(): KnownKey[] {
	const keys: KnownKey[] = [];
	for (const [letter, name] of Object.entries({...letters, ...functionKeys})) {
		const plain = letter in letters ? csi : ss3;
		keys.push({bytes: `${plain}${letter}`, name, terminal: 'xterm'});
		keys.push({bytes: `${ss3}${letter}`, name, terminal: 'xterm, application mode'});
		for (const parameter of modifierParameters) {
			keys.push({bytes: `${csi}1;${parameter}${letter}`, name: modified(name, parameter), terminal: 'xterm'});
		}
	}

	for (const [number, name] of [...tilde, ...vt220]) {
		const terminal = number < 25 && number !== 1 && number !== 4 ? 'xterm' : 'VT220';
		keys.push({bytes: `${csi}${number}~`, name, terminal});
		for (const parameter of modifierParameters) {
			keys.push({bytes: `${csi}${number};${parameter}~`, name: modified(name, parameter), terminal});
		}
	}

	keys.push({bytes: `${csi}Z`, name: 'shift-tab', terminal: 'xterm'});
	return keys;
}

function rxvt(): KnownKey[] {
	const keys: KnownKey[] = [
		{bytes: `${csi}7~`, name: 'home', terminal: 'rxvt'},
		{bytes: `${csi}8~`, name: 'end', terminal: 'rxvt'},
	];
	for (const [number, name] of [...tilde, ...vt220, [11, 'f1'] as const, [14, 'f4'] as const]) {
		keys.push({bytes: `${csi}${number}^`, name: `ctrl-${name}`, terminal: 'rxvt'});
		keys.push({bytes: `${csi}${number}$`, name: `shift-${name}`, terminal: 'rxvt'});
		keys.push({bytes: `${csi}${number}@`, name: `ctrl-shift-${name}`, terminal: 'rxvt'});
	}

	for (const [letter, name] of Object.entries({a: 'up', b: 'down', c: 'right', d: 'left'})) {
		keys.push({bytes: `${csi}${letter}`, name: `shift-${name}`, terminal: 'rxvt'});
		keys.push({bytes: `${ss3}${letter}`, name: `ctrl-${name}`, terminal: 'rxvt'});
	}

	return keys;
}

function linuxConsole(): KnownKey[] {
	return ['A', 'B', 'C', 'D', 'E'].map((letter, index) => ({
		bytes: `${csi}[${letter}`,
		name: `f${index + 1}`,
		terminal: 'Linux console',
	}));
}

function kitty(): KnownKey[] {
	const keys: KnownKey[] = [];
	const codes: ReadonlyArray<readonly [number, string]> = [
		[97, 'a'],
		[106, 'j'],
		[113, 'q'],
		[49, '1'],
		[13, 'return'],
		[27, 'escape'],
		[9, 'tab'],
		[127, 'backspace'],
		[57_399, '0'],
		[57_414, 'return'],
	];
	for (const [code, name] of codes) {
		keys.push({bytes: `${csi}${code}u`, name, terminal: 'kitty'});
		for (const parameter of modifierParameters) {
			const shifted = parameter === 2 && /^[a-z]$/.test(name) ? name.toUpperCase() : modified(name, parameter);
			keys.push({bytes: `${csi}${code};${parameter}u`, name: shifted, terminal: 'kitty'});
			keys.push({bytes: `${csi}${code};${parameter}:2u`, name: shifted, terminal: 'kitty, repeat'});
			keys.push({bytes: `${csi}27;${parameter};${code}~`, name: shifted, terminal: 'xterm modifyOtherKeys'});
		}
	}

	return keys;
}

/** Every key sequence of the table. */
export const knownKeys: readonly KnownKey[] = [...xterm(), ...rxvt(), ...linuxConsole(), ...kitty()];

/** What terminals send that is not a key: each must come to nothing, and no byte of it to a key. */
export const reports: ReadonlyArray<readonly [string, string | Uint8Array]> = [
	['SGR mouse, wheel', `${csi}<64;10;10M`],
	['SGR mouse, release', `${csi}<0;120;45m`],
	['X10 mouse', `${csi}M !!`],
	['X10 mouse, far right (bytes past 0x7F)', Buffer.from([0x1b, 0x5b, 0x4d, 0x20, 0xff, 0xff])],
	['urxvt mouse', `${csi}32;10;10M`],
	['focus in', `${csi}I`],
	['focus out', `${csi}O`],
	['cursor position', `${csi}12;40R`],
	['device attributes', `${csi}?1;2c`],
	['a mode report', `${csi}?2026;2$y`],
	['kitty key release', `${csi}97;5:3u`],
	['kitty flags', `${csi}?1u`],
	['background colour (BEL)', '\u001B]11;rgb:0000/0000/0000\u0007'],
	['background colour (ST)', '\u001B]11;rgb:ffff/ffff/ffff\u001B\\'],
	['a DCS answer', '\u001BP1+r544e=787465726d\u001B\\'],
	['an unknown CSI', `${csi}1;2x`],
	['an unknown number', `${csi}99~`],
	['Ctrl+keypad Enter', `${csi}1;5M`],
	['a window report', `${csi}8;24;80t`],
];
