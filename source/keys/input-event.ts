import type {Rgb} from '../theme/contrast.js';

/**
A terminal's answer to a query of the app's: its background colour (OSC 11), or its
primary device attributes (DA1), which every terminal answers, after what it answered before.
*/
type Report = {readonly kind: 'background'; readonly rgb: Rgb} | {readonly kind: 'attributes'};

/** What a terminal's bytes come to: a key by name (as the key table names them), pasted text, or a report. */
export type InputEvent =
	| {readonly kind: 'key'; readonly name: string}
	| {readonly kind: 'paste'; readonly text: string}
	| {readonly kind: 'report'; readonly report: Report};

/** A key event by name. */
export const key = (name: string): InputEvent => ({kind: 'key', name});
