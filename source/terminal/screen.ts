import {EventEmitter} from 'node:events';
import type {Writable} from 'node:stream';
import {codes} from './codes.js';
import type {Size} from './session.js';

/**
The terminal as Ink sees it, and what draws Ink's frames on the real one. Ink renders in
its debug mode, handing over each whole frame as text; this writes the rows that changed,
each at its place, in one synchronized update. Nothing is ever written below the last row
or with a newline, so the screen never scrolls; and the only clear, after a resize, is of
the alternate screen, in the same update as the frame: no blank screen is ever shown, and
the user's scrollback is never touched.
*/
export default class Screen extends EventEmitter {
	readonly isTTY = true;
	columns: number;
	rows: number;
	/** The rows on the terminal now; undefined when they are not known and all must be drawn. */
	private shown: string[] | undefined;
	/** The last frame, to draw again after the terminal was used by something else. */
	private frame = '';
	private closed = false;

	constructor(
		private readonly output: Writable,
		size: Size,
	) {
		super();
		this.columns = Math.max(1, size.columns);
		this.rows = Math.max(1, size.rows);
	}

	/**
	Takes a new size: the next frame is drawn whole. Never less than a cell: Ink, told of no
	width, would ask the process's own terminal.
	*/
	resize({columns, rows}: Size): void {
		this.columns = Math.max(1, columns);
		this.rows = Math.max(1, rows);
		this.shown = undefined;
	}

	/** Draws the last frame whole if none was drawn since the terminal was resized. */
	refresh(): void {
		if (this.shown === undefined) {
			this.draw(this.frame);
		}
	}

	/** No more frames: Ink writes its last one as it unmounts, after the terminal is given back. */
	close(): void {
		this.closed = true;
	}

	/** Ink's write: one whole frame. */
	write(frame: string, callback?: () => void): boolean {
		this.frame = frame;
		this.draw(frame);
		callback?.();
		return true;
	}

	private draw(frame: string): void {
		if (this.closed) {
			return;
		}

		const lines = frame.split('\n');
		const next = Array.from({length: this.rows}, (_, y) => lines[y] ?? '');
		// A new size: the terminal may have reflowed what it showed; start from an empty screen.
		let changed = this.shown === undefined ? codes.clear : '';
		for (const [y, line] of next.entries()) {
			if (this.shown?.[y] !== line) {
				changed += codes.row(y) + line;
			}
		}

		this.shown = next;
		if (changed !== '') {
			this.output.write(`${codes.beginUpdate}${changed}\u001B[0m${codes.endUpdate}`);
		}
	}
}
