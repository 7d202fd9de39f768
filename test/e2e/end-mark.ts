import {join} from 'node:path';
import {root} from '../support/cli-env.js';

/** How the command ended: its exit code, or the signal that killed it. */
export type Exit = {readonly exitCode: number | null; readonly signal: NodeJS.Signals | null};

/** The script every command runs under: it writes the end mark once the command has ended. */
export const reporter = join(root, 'test', 'e2e', 'fixtures', 'report-exit.mjs');

// What report-exit.mjs writes once the command has ended: ESC ] 7770 ; exit=CODE;SIGNAL BEL.
const endMark = Buffer.from('\u001B]7770;exit=');

/** How many bytes at the end of `bytes` could be the start of the end mark, to keep until more come. */
function heldBack(bytes: Buffer): number {
	for (let length = Math.min(endMark.length - 1, bytes.length); length > 0; length--) {
		if (bytes.subarray(bytes.length - length).equals(endMark.subarray(0, length))) {
			return length;
		}
	}

	return 0;
}

/** Splits what the terminal reads into the command's bytes and, once it has ended, how it ended. */
export class EndMarkReader {
	// Bytes not handed on yet: the end mark can be split between two reads.
	private pending = Buffer.alloc(0);
	private ended = false;

	/** Takes a read; returns the command's bytes in it, and the exit once the whole mark has come. */
	read(data: Buffer): {readonly bytes: Buffer; readonly exit?: Exit} {
		if (this.ended) {
			// The reporter's echo of the harness's answer, after the end.
			return {bytes: Buffer.alloc(0)};
		}

		const pending = Buffer.concat([this.pending, data]);
		const at = pending.indexOf(endMark);
		const held = at >= 0 ? pending.length - at : heldBack(pending);
		const bytes = pending.subarray(0, pending.length - held);
		this.pending = pending.subarray(pending.length - held);
		const end = at >= 0 ? this.pending.indexOf(7) : -1;
		if (end < 0) {
			return {bytes};
		}

		this.ended = true;
		const [code, signal] = this.pending.subarray(endMark.length, end).toString().split(';');
		return {bytes, exit: {exitCode: code ? Number(code) : null, signal: (signal || null) as NodeJS.Signals | null}};
	}
}
