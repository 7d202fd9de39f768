import type {Strings} from '../../strings/index.js';
import stringWidth from '../../text/string-width.js';
import wrap from '../../text/wrap.js';
import type {Glyphs} from '../../theme/glyphs.js';
import {minimum} from './layout.js';

// The widest piece of a message that wrapping cannot break: a word, or a Chinese character
// (Chinese breaks between any two).
const widestPiece = (message: string): number =>
	Math.max(
		...message
			.split(/ |(?<=[\u3000-\u9FFF\uFF00-\uFFEF])|(?=[\u3000-\u9FFF\uFF00-\uFFEF])/)
			.map((piece) => stringWidth(piece)),
	);

/**
What the screen says when it is smaller than the app can draw in: the sizes, wrapped; where
they do not fit, a shorter message; where even that would be cut inside a word, nothing.
*/
export default function tooSmallLines(strings: Strings, glyphs: Glyphs, columns: number, rows: number): string[] {
	const messages = [strings.tooSmall(columns, rows, minimum.columns, minimum.rows), strings.tooSmallShort];
	for (const message of messages.map((text) => glyphs.text(text))) {
		const lines = wrap(message, columns);
		if (widestPiece(message) <= columns && lines.length <= rows) {
			return lines;
		}
	}

	return [];
}
