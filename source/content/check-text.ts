// Escape sequences, removed whole: strings (OSC, which sets titles and hyperlinks; DCS, SOS,
// PM, APC) up to their terminator or the end of the line, then CSI sequences (cursor
// movement, colours, erasing), in their 7-bit and 8-bit forms, then any other ESC pair.
const sequences = [
	// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
	/(?:\u001B[\]P^_X]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C\n]*(?:\u0007|\u001B\\|\u009C)?/g,
	// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
	/(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]?/g,
	// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
	/\u001B[ -~]?/g,
];

// Then single characters: C0 controls but newline, DEL, C1 controls, and the bidirectional
// overrides and isolates, which reorder what a terminal shows.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const unsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
Neutralise text read from a content file, so that no content can move the cursor, set the
window title or write a hyperlink: escape sequences are removed whole, then any other
control character. Tabs become spaces; line breaks stay, so line numbers hold.
*/
export default function sanitize(text: string): string {
	return sequences
		.reduce((clean, pattern) => clean.replace(pattern, ''), text.replaceAll('\r\n', '\n').replaceAll('\t', '    '))
		.replace(unsafe, '');
}
