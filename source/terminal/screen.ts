import {EventEmitter} from 'node:events';

/**
The terminal as Ink sees it. Ink redraws by itself when the real terminal is resized, with
the old frame at the new size; drawn through this stand-in, it only learns the new size
from the app, together with the frame made for it.
*/
export default class Screen extends EventEmitter {
	readonly isTTY = true;
	columns: number;
	rows: number;

	constructor(private readonly stream: NodeJS.WriteStream) {
		super();
		this.columns = stream.columns;
		this.rows = stream.rows;
	}

	/** Takes the real terminal's size. */
	update(): void {
		this.columns = this.stream.columns;
		this.rows = this.stream.rows;
	}

	write(data: string, callback?: () => void): boolean {
		return this.stream.write(data, callback);
	}
}
