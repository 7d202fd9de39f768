const pasteEnd = Buffer.from('\u001B[201~');

/** Pasted text as it comes: the first MiB is kept for a reader of it, the rest read past. */
export default class Paste {
	private readonly pieces: Buffer[] = [];
	private size = 0;

	/**
	Reads pasted text from `at`: to the end mark, past it (`ended`); or, without it, to
	what could be its start, which is left to be read with the next bytes.
	*/
	read(bytes: Buffer, at: number): {end: number; ended: boolean} {
		const mark = bytes.indexOf(pasteEnd, at);
		const stop = mark >= 0 ? mark : Math.max(at, bytes.length - (pasteEnd.length - 1));
		this.add(bytes.subarray(at, stop));
		return mark >= 0 ? {end: mark + pasteEnd.length, ended: true} : {end: stop, ended: false};
	}

	add(piece: Uint8Array): void {
		const room = Math.max(0, (1 << 20) - this.size);
		this.pieces.push(Buffer.from(piece.subarray(0, room)));
		this.size += piece.length;
	}

	text(): string {
		return Buffer.concat(this.pieces).toString('utf8');
	}
}
