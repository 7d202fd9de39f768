import type {Log} from './log.js';
import type {Refusal} from './metrics.js';

// Lines of refusals one address may cause at once, and how many it is given back a minute:
// a client refused thousands of times a second makes a few lines, not megabytes.
const burst = 10;
const perMinute = 10;

// Addresses remembered at most; past it, the one heard from longest ago is forgotten.
const remembered = 10_000;

type Bucket = {tokens: number; at: number; dropped: number};

/**
Logs a refusal as a `refused` line, at a bounded rate for each address: past its bucket an
address's lines are dropped and counted, and its next line says how many (`dropped`).
*/
export default function createRefusalLog(log: Log, now: () => number = Date.now) {
	const buckets = new Map<string, Bucket>();
	return (reason: Refusal, address: string): void => {
		const time = now();
		const bucket = buckets.get(address) ?? {tokens: burst, at: time, dropped: 0};
		bucket.tokens = Math.min(burst, bucket.tokens + ((time - bucket.at) * perMinute) / 60_000);
		bucket.at = time;
		// Last in the map's order is the address heard from last.
		buckets.delete(address);
		buckets.set(address, bucket);
		if (buckets.size > remembered) {
			buckets.delete(buckets.keys().next().value!);
		}

		if (bucket.tokens < 1) {
			bucket.dropped += 1;
			return;
		}

		bucket.tokens -= 1;
		log('refused', bucket.dropped > 0 ? {reason, address, dropped: bucket.dropped} : {reason, address});
		bucket.dropped = 0;
	};
}
