import {hexRgb, type Rgb} from '../../source/theme/contrast.js';
import {controlSequences} from './byte-stream.js';

/** xterm's default 16 colours (its XTerm-col.ad resources): the palette a light and a dark xterm draw with. */
export const xterm16 = [
	'#000000',
	'#cd0000',
	'#00cd00',
	'#cdcd00',
	'#0000ee',
	'#cd00cd',
	'#00cdcd',
	'#e5e5e5',
	'#7f7f7f',
	'#ff0000',
	'#00ff00',
	'#ffff00',
	'#5c5cff',
	'#ff00ff',
	'#00ffff',
	'#ffffff',
].map((hex) => hexRgb(hex));

const cube = [0, 95, 135, 175, 215, 255];

/** Colour `index` of xterm's 256: the 16, a 6×6×6 cube, then 24 greys. */
export function xterm256(index: number): Rgb {
	if (index < 16) {
		return xterm16[index]!;
	}

	if (index >= 232) {
		const grey = (8 + 10 * (index - 232)) / 255;
		return [grey, grey, grey];
	}

	const cell = index - 16;
	return [cube[Math.floor(cell / 36)]!, cube[Math.floor(cell / 6) % 6]!, cube[cell % 6]!].map(
		(value) => value / 255,
	) as unknown as Rgb;
}

/** How a run of text is drawn: its foreground (undefined: the terminal's own), and whether it is bold. */
export type Drawn = {readonly foreground: Rgb | undefined; readonly bold: boolean; readonly other: readonly string[]};

/**
The colour xterm draws text in after the SGR sequences before it in `styled`: 16 colours,
256, or truecolor. As xterm's `boldColors` (on by default) has it, bold text in colours 0–7
is drawn in their bright twins, 8–15. Codes that are neither a foreground nor bold (a
background, inverse) are listed in `other`.
*/
export function drawnColour(styled: string): Drawn {
	let foreground: Rgb | undefined;
	let index: number | undefined;
	let bold = false;
	const other: string[] = [];
	// The SGR codes that open the text, before its first character.
	let at = 0;
	for (const sequence of controlSequences(styled)) {
		if (sequence.index !== at || sequence.prefix !== '' || sequence.final !== 'm') {
			break;
		}

		at = sequence.index + sequence.params.length + 3;
		const fields = sequence.params.split(';').map(Number);
		for (let at = 0; at < fields.length; at++) {
			const code = fields[at]!;
			if (code === 1) {
				bold = true;
			} else if (code >= 30 && code <= 37) {
				index = code - 30;
			} else if (code >= 90 && code <= 97) {
				index = code - 90 + 8;
			} else if (code === 38 && fields[at + 1] === 5) {
				index = undefined;
				foreground = xterm256(fields[at + 2]!);
				at += 2;
			} else if (code === 38 && fields[at + 1] === 2) {
				index = undefined;
				foreground = [fields[at + 2]! / 255, fields[at + 3]! / 255, fields[at + 4]! / 255];
				at += 4;
			} else {
				other.push(String(code));
			}
		}
	}

	if (index !== undefined) {
		foreground = xterm16[bold && index < 8 ? index + 8 : index];
	}

	return {foreground, bold, other};
}
