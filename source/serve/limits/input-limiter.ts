import TokenBucket from './token-bucket.js';

/** Keys and bytes a visitor may send: at once (a burst), and a second after it. */
export type InputLimits = {
	readonly keyBurst: number;
	readonly keysPerSecond: number;
	readonly byteBurst: number;
	readonly bytesPerSecond: number;
	/** What a read costs beyond its bytes, in bytes. */
	readonly readCost: number;
};

/**
What one visitor's input may cost. A person types a few keys a second, key autorepeat
sends about 30, and a paste without bracketed paste mode (a terminal that does not mark
pastes) is as many keys as it has characters, all at once: the buckets hold that, and
more, with room to spare. What a person never sends is dropped (keys) or ends the
session (bytes).
*/
export const inputLimits: InputLimits = {
	/** Keys taken at once: a query's worth pasted as keys (100 characters), twice over. */
	keyBurst: 200,
	/** Keys a second once the burst is spent: above any key autorepeat. */
	keysPerSecond: 60,
	/** Bytes taken at once, keys and pastes: a bracketed paste of a long page. */
	byteBurst: 256 * 1024,
	/** Bytes a second once the burst is spent. */
	bytesPerSecond: 16 * 1024,
	/**
	A read (an SSH packet) costs the server work whatever it holds: each is counted as this
	many bytes more. A client sending a byte a packet is cut off after a few thousand, not a
	quarter of a million; a person's keys, a packet each, cost a few kB a second.
	*/
	readCost: 128,
};

/**
A visitor's share of the process for input: a key (or a paste) is taken while the session's
key bucket has a token, and dropped when it has none; bytes are counted as they come in
`bytes`, the bucket of the visitor's address (`InputShares`), and once they outrun it the
visitor is sending what no person sends.
*/
export default class InputLimiter {
	private readonly keys: TokenBucket;
	private readonly readCost: number;

	constructor(
		now: () => number,
		private readonly bytes: TokenBucket,
		limits: InputLimits = inputLimits,
	) {
		this.readCost = limits.readCost;
		this.keys = new TokenBucket(limits.keyBurst, limits.keysPerSecond, now);
	}

	/** Whether the next key (or paste) is taken. */
	key(): boolean {
		return this.keys.take();
	}

	/** Whether a read of `count` bytes (0: a request, such as a window change) is within what a person sends; false once reads are not. */
	read(count: number): boolean {
		return this.bytes.take(count + this.readCost);
	}
}
