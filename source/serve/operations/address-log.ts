import TokenBucket from '../limits/token-bucket.js';
import type {Log} from './log.js';

/**
Lines one address may cause at once (its refusals, its dropped keys), and how many it is
given back a minute: a client refused thousands of times a second makes a few lines, not
megabytes.
*/
export const addressLines = {burst: 10, perMinute: 10} as const;

// Addresses remembered at most; past it, the one heard from longest ago is forgotten.
const remembered = 10_000;

type Bucket = {readonly lines: TokenBucket; dropped: number};

/** Logs `event` about what `address` did, with `fields`, as its bucket allows. */
export type AddressLog = (address: string, event: string, fields: Readonly<Record<string, unknown>>) => void;

/**
A log of what visitors do, at a bounded rate for each address: past its bucket an address's
lines are dropped and counted, and its next line says how many (`dropped`).
*/
export default function createAddressLog(log: Log, now: () => number = Date.now): AddressLog {
	const buckets = new Map<string, Bucket>();
	return (address, event, fields) => {
		const bucket = buckets.get(address) ?? {
			lines: new TokenBucket(addressLines.burst, addressLines.perMinute / 60, now),
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

		log(event, bucket.dropped > 0 ? {...fields, address, dropped: bucket.dropped} : {...fields, address});
		bucket.dropped = 0;
	};
}
