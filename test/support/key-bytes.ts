/** The bytes a terminal sends for each key. */
export const keyBytes = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	return: '\r',
	escape: '\u001B',
	tab: '\t',
	'shift-tab': '\u001B[Z',
	pageup: '\u001B[5~',
	pagedown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	space: ' ',
	backspace: '\u007F',
	'ctrl-c': '\u0003',
	'ctrl-u': '\u0015',
	'ctrl-w': '\u0017',
	'ctrl-z': '\u001A',
} as const satisfies Record<string, string>;

/** The bytes for a key name from the key table: a named key, or the character itself. */
export function bytesFor(name: string): string {
	return Object.hasOwn(keyBytes, name) ? keyBytes[name as keyof typeof keyBytes] : name;
}
