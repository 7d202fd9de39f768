import {stripVTControlCharacters} from 'node:util';

// C0 controls but tab and newline, DEL, C1 controls (0x9B is an 8-bit CSI), and the
// bidirectional overrides and isolates, which reorder what a terminal shows.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
Neutralise text read from a content file, so that no content can move the cursor, set
the window title or write a hyperlink: escape sequences are removed whole, then any
other control character. Tabs become spaces; line breaks stay, so line numbers hold.
*/
export default function sanitize(text: string): string {
	return stripVTControlCharacters(text.replaceAll('\r\n', '\n')).replaceAll('\t', '    ').replace(unsafe, '');
}
