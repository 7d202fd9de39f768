import type {Limits} from '../config/options.js';

/** Why a connection without a running session is let go. */
export type Expiry = 'handshake-timeout' | 'idle-connection';

/** A connection's time without a running session: it runs out unless a session is let in. */
export type SessionClock = {
	/** A session was let in: while one runs, the connection stays. */
	readonly started: () => void;
	/** A session that was let in ended: once none runs, the idle time runs. */
	readonly ended: () => void;
	/** The connection is gone. */
	readonly stop: () => void;
};

/**
How long a connection may go without a session: from its first byte until its first session
is let in, the handshake time (a client that logs in and opens nothing, as `ssh -N`, holds a
place no one uses); once every session it ran has ended, the idle time (a ControlMaster's
connection between two sessions). `expire` is called once, when either runs out.
*/
export default function sessionClock(
	limits: Pick<Limits, 'handshakeSeconds' | 'idleSeconds'>,
	expire: (why: Expiry) => void,
): SessionClock {
	let running = 0;
	// Once the connection is gone, nothing runs again: a session's end is often counted after
	// its socket closed, and a timer then would hold the process past its stop.
	let stopped = false;
	let timer = setTimeout(() => expire('handshake-timeout'), limits.handshakeSeconds * 1000);
	return {
		started() {
			running += 1;
			clearTimeout(timer);
		},
		ended() {
			running -= 1;
			if (running === 0 && !stopped) {
				timer = setTimeout(() => expire('idle-connection'), limits.idleSeconds * 1000);
			}
		},
		stop() {
			stopped = true;
			clearTimeout(timer);
		},
	};
}
