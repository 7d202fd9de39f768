import type {InputEvent} from '../keys/input-event.js';
import type {Rgb} from '../theme/contrast.js';

// One channel of an X11 colour spec: 1 to 4 hex digits, scaled to its own width (`f` and `ffff` are both 1).
const channel = (hex: string) => Number.parseInt(hex, 16) / (16 ** hex.length - 1);

/**
A colour as terminals report it (XParseColor's forms): `rgb:RRRR/GGGG/BBBB` (xterm, VTE and
most others; 1–4 digits a channel), `rgba:` with an alpha after (rxvt-unicode), `#RGB` to
`#RRRRGGGGBBBB`. Anything else is undefined.
*/
function colourSpec(spec: string): Rgb | undefined {
	const fields = /^rgb(a?):([\da-f]{1,4})\/([\da-f]{1,4})\/([\da-f]{1,4})(\/[\da-f]{1,4})?$/i.exec(spec);
	// An alpha with `rgba:` only, and always with it.
	if (fields && (fields[1] === 'a') === (fields[5] !== undefined)) {
		return [channel(fields[2]!), channel(fields[3]!), channel(fields[4]!)];
	}

	const hash = /^#((?:[\da-f]{3}){1,4})$/i.exec(spec)?.[1];
	if (hash === undefined) {
		return undefined;
	}

	const width = hash.length / 3;
	return [0, 1, 2].map((index) => channel(hash.slice(index * width, (index + 1) * width))) as unknown as Rgb;
}

/** The report an OSC string (what comes between `ESC ]` and its end) makes: `11;rgb:…`, the background. */
export function oscReport(body: string): InputEvent | undefined {
	const rgb = body.startsWith('11;') ? colourSpec(body.slice(3)) : undefined;
	return rgb === undefined ? undefined : {kind: 'report', report: {kind: 'background', rgb}};
}

/** The report a CSI sequence makes: `CSI ? … c`, the primary device attributes. */
export function csiReport(parameters: string, intermediates: string, final: string): InputEvent | undefined {
	return final === 'c' && intermediates === '' && /^\?[\d;]*$/.test(parameters)
		? {kind: 'report', report: {kind: 'attributes'}}
		: undefined;
}
