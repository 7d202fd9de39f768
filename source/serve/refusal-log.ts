import type {Log} from './log.js';
import type {Refusal} from './metrics.js';
import TokenBucket from './token-bucket.js';

/**
Lines of refusals one address may cause at once, and how many it is given back a minute:
a client refused thousands of times a second makes a few lines, not megabytes.
*/
export const refusalLines = {burst: 10, perMinute: 10} as const;

// Addresses remembered at most; past it, the one heard from longest ago is forgotten.
const remembered = 10_000;

type Bucket = {readonly lines: TokenBucket; dropped: number};

/**
Logs a refusal as a `refused` line, at a bounded rate for each address: past its bucket an
address's lines are dropped and counted, and its next line says how many (`dropped`).
*/
export default function createRefusalLog(log: Log, now: () => number = Date.now) {
	const buckets = new Map<string, Bucket>();
	return (reason: Refusal, address: string): void => {
		const bucket = buckets.get(address) ?? {
			lines: new TokenBucket(refusalLines.burst, refusalLines.perMinute / 60, now),
			dropped: 0,
		};
		// Last in the map's order is the address heard from last.
		buckets.delete(address);
		buckets.set(address, bucket);
		if (buckets.size > remembered) {
			buckets.delete(buckets.keys().next().value!);
		}

		if (!bucket.lines.take()) {
			bucket.dropped += 1;
			return;
		}

		log('refused', bucket.dropped > 0 ? {reason, address, dropped: bucket.dropped} : {reason, address});
		bucket.dropped = 0;
	};
}
