import {luminance, type Rgb} from './contrast.js';
import type {Background} from './palette.js';

/**
The background `COLORFGBG` names (rxvt, Konsole and others set it: `15;0`, `0;default;15`):
its last field, a colour of the 16. Black, the dark colours and bright black (0–6, 8) are
dark; white and the bright ones (7, 9–15) light, as vim reads it. Anything else says nothing.
*/
export function colorfgbgBackground(value: string | undefined): Background | undefined {
	const last = value?.split(';').at(-1) ?? '';
	if (!/^\d{1,2}$/.test(last) || Number(last) > 15) {
		return undefined;
	}

	const colour = Number(last);
	return colour <= 6 || colour === 8 ? 'dark' : 'light';
}

/**
Whether a background colour is light: whether black text has more contrast on it than
white text. The turn comes at a luminance of about 0.18, a mid grey.
*/
export function backgroundOf(rgb: Rgb): Background {
	const light = luminance(rgb);
	return (light + 0.05) / 0.05 > 1.05 / (light + 0.05) ? 'light' : 'dark';
}
