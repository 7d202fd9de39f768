/** What a terminal's bytes come to: a key by name (as the key table names them), or pasted text. */
export type InputEvent =
	| {readonly kind: 'key'; readonly name: string}
	| {readonly kind: 'paste'; readonly text: string};

/**
One step of the parse at an offset: how many bytes it took, and the event they make, if
any (a mouse report, a cursor report or an unknown sequence makes none: it is dropped
whole). `undefined`: the bytes so far are the start of a sequence that is not complete.
*/
export type Step = {readonly length: number; readonly event?: InputEvent | 'paste-start'} | undefined;

/** A key event by name. */
export const key = (name: string): InputEvent => ({kind: 'key', name});

/** A decimal parameter of a sequence, or `fallback` where it is empty. */
export const number = (field: string | undefined, fallback: number) => {
	const value = Number.parseInt(field ?? '', 10);
	return Number.isNaN(value) ? fallback : value;
};
