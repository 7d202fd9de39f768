import {knownKeys, reports} from './key-sequences.js';

/** A reproducible source of numbers in [0, 1): mulberry32. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d_2b_79_f5) >>> 0;
		let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
		mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const pieces: readonly Buffer[] = [
	...knownKeys.map(({bytes}) => Buffer.from(bytes)),
	...reports.map(([, bytes]) => Buffer.from(bytes)),
	Buffer.from('\u001B'),
	Buffer.from('\u001B['),
	Buffer.from('\u001B[200~'),
	Buffer.from('\u001B[201~'),
	Buffer.from('\u001B]'),
	Buffer.from('\u001BP'),
	Buffer.from('中'),
];

/**
A stream of up to 24 parts, each random bytes, a control or escape byte, or a piece of a
known sequence (whole, or its start or end): the kinds of bytes a parser must survive.
*/
export function randomStream(random: () => number): Buffer {
	const parts: Buffer[] = [];
	const count = 1 + Math.floor(random() * 24);
	for (let index = 0; index < count; index++) {
		const kind = random();
		if (kind < 0.3) {
			parts.push(Buffer.from(Array.from({length: 1 + Math.floor(random() * 6)}, () => Math.floor(random() * 256))));
		} else if (kind < 0.45) {
			parts.push(Buffer.from([[0x1b, 0x07, 0x0d, 0x9b, 0x5b, 0x3b, 0x7e][Math.floor(random() * 7)]!]));
		} else {
			const piece = pieces[Math.floor(random() * pieces.length)]!;
			const cut = Math.floor(random() * (piece.length + 1));
			parts.push(kind < 0.8 ? piece : kind < 0.9 ? piece.subarray(0, cut) : piece.subarray(cut));
		}
	}

	return Buffer.concat(parts);
}
