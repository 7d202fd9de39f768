/**
A token bucket: `burst` tokens at first and at most, refilled at `perSecond` a second by the
clock `now` (ms). What the server allows each visitor (connections, input) and each address's
log lines is counted in these.
*/
export default class TokenBucket {
	private tokens: number;
	private at: number;

	constructor(
		private readonly burst: number,
		private readonly perSecond: number,
		private readonly now: () => number,
	) {
		this.tokens = burst;
		this.at = now();
	}

	/** Takes `count` tokens if there are as many; false, taking none, if there are not. */
	take(count = 1): boolean {
		this.refill();
		if (this.tokens < count) {
			return false;
		}

		this.tokens -= count;
		return true;
	}

	/** Whether it is full again: as if it had never been used, so its owner may forget it. */
	full(): boolean {
		this.refill();
		return this.tokens >= this.burst;
	}

	private refill(): void {
		const now = this.now();
		this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) * this.perSecond) / 1000);
		this.at = now;
	}
}
