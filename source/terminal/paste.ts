import {maxPasteBytes} from '../keys/query-edit.js';

const pasteEnd = Buffer.from('\u001B[201~');

// The bytes of a UTF-8 character by its first byte (0 for a byte that starts none).
const utf8Length = (byte: number) => (byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 0);

// `bytes` without a last character cut short: where a paste was cut, it is not half kept.
function wholeCharacters(bytes: Buffer): Buffer {
	let start = bytes.length - 1;
	while (start > 0 && bytes.length - start < 4 && (bytes[start]! & 0xc0) === 0x80) {
		start--;
	}

	return start >= 0 && start + utf8Length(bytes[start]!) > bytes.length ? bytes.subarray(0, start) : bytes;
}

/** Pasted text as it comes: the first `maxPasteBytes` kept for a reader of it, the rest read past. */
export default class Paste {
	private readonly pieces: Buffer[] = [];
	private size = 0;
	private cut = false;

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
		const room = Math.max(0, maxPasteBytes - this.size);
		this.cut ||= piece.length > room;
		if (room > 0) {
			this.pieces.push(Buffer.from(piece.subarray(0, room)));
			this.size += Math.min(room, piece.length);
		}
	}

	text(): string {
		const bytes = Buffer.concat(this.pieces);
		return (this.cut ? wholeCharacters(bytes) : bytes).toString('utf8');
	}
}
