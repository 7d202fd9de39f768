/** Writes one event as a JSON line: what happened and to whom, never what a visitor typed. */
export type Log = (event: string, fields?: Readonly<Record<string, unknown>>) => void;

// The longest text field a line carries, in characters: room for a stack trace, and a bound
// on what a visitor's words (a disconnect reason, an error's message) can make of a line.
const maxFieldCharacters = 2000;

/** The longest name the log keeps of what a client calls itself, in characters: its user name, its software, its TERM. */
export const maxNameCharacters = 64;

/**
The first `max` characters of `text`, counted in code points: a cut never splits a surrogate
pair, so the line stays valid UTF-8 that strict JSON parsers take.
*/
export function clip(text: string, max: number): string {
	if (text.length <= max) {
		return text;
	}

	let end = 0;
	for (let count = 0; count < max && end < text.length; count++) {
		const unit = text.charCodeAt(end);
		const next = text.charCodeAt(end + 1);
		end += unit >= 0xd8_00 && unit <= 0xdb_ff && next >= 0xdc_00 && next <= 0xdf_ff ? 2 : 1;
	}

	return text.slice(0, end);
}

// Half of a surrogate pair without the other half: no character at all.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A field's value as the line holds it: text clipped, and a lone half of a surrogate pair replaced. */
function field(value: unknown): unknown {
	return typeof value === 'string' ? clip(value, maxFieldCharacters).replace(loneSurrogate, '\uFFFD') : value;
}

/**
A log that writes each event with its time, then `base` (the process id, which tells a
cluster's workers apart), to `write`, one JSON object a line.
*/
export default function createLog(
	write: (line: string) => void,
	base: Readonly<Record<string, unknown>> = {},
	now: () => Date = () => new Date(),
): Log {
	return (event, fields = {}) => {
		const clipped = Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, field(value)]));
		write(`${JSON.stringify({time: now().toISOString(), event, ...base, ...clipped})}\n`);
	};
}

/**
An address and port as a person writes them: `127.0.0.1:2222`, and an IPv6 address in
brackets, `[::1]:2222`, so that the port cannot be read as part of it.
*/
export function formatAddress(host: string, port: number): string {
	return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
