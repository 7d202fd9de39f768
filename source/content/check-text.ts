import ContentError from './content-error.js';

// What no content may hold: C0 controls but tab and newline (an escape sequence starts with
// one, ESC), DEL, C1 controls, and the bidirectional overrides and isolates, which reorder
// what a terminal shows. A carriage return is allowed only before a newline.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const unsafe = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/;

const names: Readonly<Record<string, string>> = {
	'\u001B': 'ESC, the start of an escape sequence',
	'\r': 'a carriage return',
};

/**
The text of a content file with its line ends and tabs made plain (CRLF to LF, a tab to four
spaces); a control character anywhere in it is a ContentError at its line and column, for
no content may move the cursor, set the window title or write a link of its own.
*/
export default function checkText(source: string, file: string): string {
	const found = unsafe.exec(source);
	if (found) {
		const before = source.slice(0, found.index).split('\n');
		const character = found[0];
		const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
		throw new ContentError(
			file,
			before.length,
			`expected text without control characters, found ${names[character] ?? 'a control character'} (${code}) at column ${before.at(-1)!.length + 1}`,
		);
	}

	return source.replaceAll('\r\n', '\n').replaceAll('\t', '    ');
}
