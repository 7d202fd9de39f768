import type {InputEvent} from '../keys/input-event.js';

/**
One step of the parse at an offset: how many bytes it took, and the event they make, if
any (a mouse report, a cursor report or an unknown sequence makes none: it is dropped
whole). `paste-start` opens a paste; an overflow says a sequence (or a control string)
grew past any real one: what is left of it, up to its final byte (or its end), is to be
dropped as it comes. `undefined`: the bytes so far are the start of a sequence that is not
complete.
*/
export type Step = {readonly length: number; readonly event?: InputEvent | 'paste-start' | Overflow} | undefined;

/** What is being dropped after an overflow: the rest of a control sequence, or of a control string. */
export type Overflow = 'sequence' | 'string';

/** A decimal parameter of a sequence, or `fallback` where it is empty. */
export const number = (field: string | undefined, fallback: number) => {
	const value = Number.parseInt(field ?? '', 10);
	return Number.isNaN(value) ? fallback : value;
};
