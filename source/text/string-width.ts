import realStringWidth from 'string-width';

type Options = Parameters<typeof realStringWidth>[1];

// One column: printable ASCII and Latin-1 (but the soft hyphen), general punctuation
// (dashes, bullets, ›), arrows, ⏎, box drawing and blocks. Two columns: CJK symbols and
// punctuation (U+3000–303E but the four combining tone marks), unified ideographs (U+4E00–9FFF)
// and fullwidth forms (U+FF01–FF60): every character a résumé in Chinese mostly has.
const simple =
	/^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u00FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u23CE\u2500-\u259F\u3000-\u3029\u302E-\u303E\u4E00-\u9FFF\uFF01-\uFF60]*$/;

// biome-ignore lint/suspicious/noControlCharactersInRegex: SGR sequences start with ESC.
const colors = /\u001B\[[\d;]*m|\u001B\]8;[^\u0007]*\u0007/g;

/**
string-width, answered at once for text made only of the characters above, colours aside. The first call of string-width compiles its emoji patterns
(tens of milliseconds) and each call walks graphemes; Ink measures every line of every
frame with it, so the bundle uses this in its place. Anything else goes to string-width.
*/
export default function stringWidth(text: string, options?: Options): number {
	// Colours take no columns; Ink measures styled lines.
	const plain = text.includes('\u001B') ? text.replace(colors, '') : text;
	if (options === undefined && simple.test(plain)) {
		// Of those characters, the ones from U+3000 on take two columns. A loop, not a match:
		// Ink measures each character of each frame, and a match makes an array each time.
		let width = plain.length;
		for (let index = 0; index < plain.length; index++) {
			if (plain.charCodeAt(index) >= 0x30_00) {
				width++;
			}
		}

		return width;
	}

	return realStringWidth(text, options);
}
