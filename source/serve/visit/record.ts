import type {ServerContext} from '../context.js';
import {clip, maxNameCharacters} from '../operations/log.js';
import type {Mode} from '../operations/metrics.js';
import type {Peer} from '../ssh/peer.js';

/** What the log says of a session as it starts: who, with what terminal, in which mode. */
type VisitStart = {readonly term: string | undefined; readonly size: string | undefined; readonly mode: Mode};

/** A session as the server counts it: its bytes, and its one end. */
export type VisitRecord = {
	/** Counts bytes sent to the visitor. */
	readonly sent: (bytes: number) => void;
	/** Ends the record once, for `why`: later calls are ignored. */
	readonly finish: (why: string) => void;
};

/**
Counts and logs a session that the admission has let in: its start now; its end, with
how long it lasted, the bytes sent and why it ended, once. Its place in the admission is
given back at the end, and `ended` called.
*/
export default function recordVisit(
	context: ServerContext,
	peer: Peer,
	{term, size, mode}: VisitStart,
	ended: () => void = () => undefined,
): VisitRecord {
	const {metrics, log} = context;
	const began = performance.now();
	let bytes = 0;
	let finished = false;
	metrics.sessions.inc({mode});
	metrics.activeSessions.inc();
	log('session-start', {
		address: peer.address,
		client: peer.software,
		user: peer.user,
		term: term === undefined ? null : clip(term, maxNameCharacters),
		size: size ?? null,
		mode,
	});
	return {
		sent(count) {
			bytes += count;
			metrics.bytesSent.inc(count);
		},
		finish(why) {
			if (finished) {
				return;
			}

			finished = true;
			context.admission.endSession(peer.address);
			metrics.activeSessions.dec();
			const seconds = (performance.now() - began) / 1000;
			metrics.sessionSeconds.observe(seconds);
			log('session-end', {address: peer.address, seconds: Number(seconds.toFixed(3)), bytes, why});
			ended();
		},
	};
}
