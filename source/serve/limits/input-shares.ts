import {type InputLimits, inputLimits} from './input-limiter.js';
import TokenBucket from './token-bucket.js';

type Share = {readonly bytes: TokenBucket; sessions: number};

/** An address's bucket of input bytes, held by one session until it lets it go. */
type InputShare = {readonly bytes: TokenBucket; readonly release: () => void};

// How many shares are handed out between two looks at the addresses nobody uses.
const sweepEvery = 256;

/**
The input bytes each address may send, one bucket for all its sessions in this process: a
visitor cannot multiply their share by opening more sessions, or by opening and closing
channels. An address is forgotten once no session holds its bucket and the bucket is full
again, as if it had never sent anything.
*/
export default class InputShares {
	private readonly shares = new Map<string, Share>();
	private taken = 0;

	constructor(
		private readonly limits: InputLimits = inputLimits,
		private readonly now: () => number = () => performance.now(),
	) {}

	/** The bucket of `address`, for a session: `release` once it ends. */
	take(address: string): InputShare {
		if (++this.taken % sweepEvery === 0) {
			for (const [known, share] of this.shares) {
				this.forget(known, share);
			}
		}

		const share = this.shares.get(address) ?? {
			bytes: new TokenBucket(this.limits.byteBurst, this.limits.bytesPerSecond, this.now),
			sessions: 0,
		};
		this.shares.set(address, share);
		share.sessions += 1;
		let released = false;
		return {
			bytes: share.bytes,
			release: () => {
				if (!released) {
					released = true;
					share.sessions -= 1;
					this.forget(address, share);
				}
			},
		};
	}

	/** The addresses remembered now. */
	get size(): number {
		return this.shares.size;
	}

	private forget(address: string, share: Share): void {
		if (share.sessions === 0 && share.bytes.full()) {
			this.shares.delete(address);
		}
	}
}
