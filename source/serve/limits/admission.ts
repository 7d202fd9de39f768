import type {Limits} from '../config/options.js';
import type {Admit} from '../context.js';
import type {Refusal} from '../operations/metrics.js';
import TokenBucket from './token-bucket.js';

type Address = {
	/** New connections the address may still make now. */
	readonly bucket: TokenBucket;
	connections: number;
	sessions: number;
};

// Connections that have not become sessions yet (handshakes) may number this many times
// the sessions allowed, in all and from one address: a flood of half-open handshakes cannot
// hold every socket.
const connectionsPerSession = 2;

// How many new connections go by between two looks at the addresses nobody uses.
const sweepEvery = 256;

/**
Who may come in: a bucket of new connections per address, refilled over a minute; the
connections and the sessions, in all and per address. Addresses nobody uses are
forgotten once their bucket is full again, so the table stays as small as the traffic.
*/
export default class Admission {
	private readonly addresses = new Map<string, Address>();
	private connections = 0;
	private sessions = 0;
	private connects = 0;

	constructor(
		private readonly limits: Pick<Limits, 'maxSessions' | 'maxSessionsPerAddress' | 'connectionsPerMinute'>,
		private readonly now: () => number = Date.now,
	) {}

	/** Whether a new connection from `address` is let in; if it is, `disconnect` must follow. */
	connect(address: string): Refusal | undefined {
		if (++this.connects % sweepEvery === 0) {
			this.sweep();
		}

		if (this.connections >= this.limits.maxSessions * connectionsPerSession) {
			return 'connections';
		}

		const entry = this.entry(address);
		if (entry.connections >= this.connectionsPerAddress()) {
			return 'address-connections';
		}

		if (!entry.bucket.take()) {
			return 'rate';
		}

		entry.connections += 1;
		this.connections += 1;
		return undefined;
	}

	disconnect(address: string): void {
		const entry = this.addresses.get(address);
		if (entry) {
			entry.connections -= 1;
			this.connections -= 1;
			this.forget(address, entry);
		}
	}

	/** Whether a connection from `address` may open a session; if it may, `endSession` must follow. */
	startSession(address: string): Refusal | undefined {
		const entry = this.entry(address);
		if (this.sessions >= this.limits.maxSessions) {
			return 'sessions';
		}

		if (entry.sessions >= this.limits.maxSessionsPerAddress) {
			return 'address';
		}

		entry.sessions += 1;
		this.sessions += 1;
		return undefined;
	}

	endSession(address: string): void {
		const entry = this.addresses.get(address);
		if (entry) {
			entry.sessions -= 1;
			this.sessions -= 1;
			this.forget(address, entry);
		}
	}

	// Twice the sessions an address may open, and no more than half of all connections, so
	// that one address cannot hold every place however the limits are set; but always two,
	// so that a visitor past a limit still connects and is told why.
	private connectionsPerAddress(): number {
		const {maxSessions, maxSessionsPerAddress} = this.limits;
		return Math.max(connectionsPerSession, Math.min(maxSessionsPerAddress * connectionsPerSession, maxSessions));
	}

	/** The open connections and sessions, and the addresses remembered. */
	counts(): {connections: number; sessions: number; addresses: number} {
		return {connections: this.connections, sessions: this.sessions, addresses: this.addresses.size};
	}

	// The address's entry, made for an address not seen (or forgotten) with a full bucket.
	private entry(address: string): Address {
		let entry = this.addresses.get(address);
		if (entry === undefined) {
			const capacity = this.limits.connectionsPerMinute;
			entry = {bucket: new TokenBucket(capacity, capacity / 60, this.now), connections: 0, sessions: 0};
			this.addresses.set(address, entry);
		}

		return entry;
	}

	private forget(address: string, entry: Address): void {
		if (entry.connections === 0 && entry.sessions === 0 && entry.bucket.full()) {
			this.addresses.delete(address);
		}
	}

	// An address whose last connection used tokens stays until its bucket is full: now and
	// then, every such address is looked at again.
	private sweep(): void {
		for (const [address, entry] of this.addresses) {
			this.forget(address, entry);
		}
	}
}

/** The admission of one process, as its connections ask it. */
export function localAdmit(admission: Admission): Admit {
	return {
		connect: (address) => admission.connect(address),
		disconnect: (address) => admission.disconnect(address),
		startSession: async (address) => admission.startSession(address),
		endSession: (address) => admission.endSession(address),
	};
}
