/** A control sequence (CSI) in a byte stream: `ESC [ prefix params final`. */
export type ControlSequence = {
	readonly index: number;
	readonly prefix: string;
	readonly params: string;
	readonly final: string;
};

/** Every CSI sequence in `bytes`, in order. */
export function controlSequences(bytes: string): ControlSequence[] {
	const found: ControlSequence[] = [];
	let at = bytes.indexOf('\u001B[');
	while (at >= 0) {
		let end = at + 2;
		while (end < bytes.length && !(bytes.charCodeAt(end) >= 0x40 && bytes.charCodeAt(end) <= 0x7e)) {
			end++;
		}

		const body = bytes.slice(at + 2, end);
		const prefix = '<=>?'.includes(body[0] ?? 'x') ? body[0]! : '';
		found.push({index: at, prefix, params: body.slice(prefix.length), final: bytes[end] ?? ''});
		at = bytes.indexOf('\u001B[', end);
	}

	return found;
}

const isColour = (code: number) =>
	(code >= 30 && code <= 39) ||
	(code >= 40 && code <= 49) ||
	(code >= 90 && code <= 97) ||
	(code >= 100 && code <= 107);

/** The SGR sequences in `bytes` that set or reset a colour (30–39, 40–49, 90–97, 100–107, 38;…, 48;…). */
export function colourSequences(bytes: string): string[] {
	return controlSequences(bytes)
		.filter(({prefix, final}) => prefix === '' && final === 'm')
		.filter(({params}) => params.split(';').some((param) => isColour(Number(param.split(':')[0]))))
		.map(({params}) => `ESC[${params}m`);
}

// Modes a terminal starts with on: autowrap (7) and a visible cursor (25); every other one starts off.
const onByDefault = new Set(['7', '25']);

/** DEC private modes (CSI ? n h/l) whose last setting in `bytes` is not the terminal's default, as `?1049h`. */
export function modesLeftChanged(bytes: string): string[] {
	const last = new Map<string, string>();
	for (const {prefix, params, final} of controlSequences(bytes)) {
		if (prefix === '?' && (final === 'h' || final === 'l')) {
			for (const mode of params.split(';')) {
				last.set(mode, final);
			}
		}
	}

	return [...last]
		.filter(([mode, setting]) => (setting === 'h') !== onByDefault.has(mode))
		.map(([mode, setting]) => `?${mode}${setting}`);
}
