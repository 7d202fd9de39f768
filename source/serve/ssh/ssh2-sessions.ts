import type {Connection, Session} from 'ssh2';

// What ssh2 1.17 leaves undone for a session channel, done by reaching into it: these are
// the fields of its own that it uses for the same ends (lib/server.js). The e2e tests run
// the bundle against real clients, so a version of ssh2 that changes them fails there.
type Internals = {
	readonly _protocol: {
		readonly _handlers: Record<string, (...args: never[]) => void>;
		channelFailure(id: number): void;
		channelClose(id: number): void;
	};
	readonly _chanMgr: {get(id: number): unknown; remove(id: number): void};
};
type SessionInternals = {
	readonly _chanInfo: {readonly incoming: {readonly id: number}; readonly outgoing: {readonly id: number}};
	/** The channel of a session that started (shell, exec, subsystem). */
	readonly _channel?: {readonly outgoing: {readonly state: string}};
	/** The client sent its end of input or closed the channel. */
	_ending: boolean;
};

// The states of a started channel's sending side in which it may still answer: after its
// end of output (eof), and not once it is closed.
const stillOpen = new Set(['open', 'eof']);

// Sessions that never started and that the server has closed on its side.
const closedHere = new WeakSet<object>();

const isSession = (value: unknown): value is SessionInternals =>
	typeof value === 'object' && value !== null && '_chanInfo' in value && !('incoming' in value);

/**
Answers every request that asks for an answer (RFC 4254, 5.4). ssh2 answers a session's
requests only until it starts or its client ends its input: a second `exec` or `shell`, or a
pty asked for after the start, would wait for ever, and a client waiting for it with it.
They are refused.
*/
export function answerEveryRequest(client: Connection): void {
	const {_protocol: protocol, _chanMgr: channels} = client as unknown as Internals;
	const handle = protocol._handlers.CHANNEL_REQUEST as unknown as (
		packet: unknown,
		recipient: number,
		type: string,
		wantReply: boolean,
		data: unknown,
	) => void;
	protocol._handlers.CHANNEL_REQUEST = ((packet, recipient, type, wantReply, data) => {
		const session = channels.get(recipient);
		const unanswered =
			wantReply &&
			isSession(session) &&
			(session._channel ? stillOpen.has(session._channel.outgoing.state) : session._ending && !closedHere.has(session));
		handle(packet, recipient, type, wantReply, data);
		if (unanswered) {
			protocol.channelFailure(session._chanInfo.outgoing.id);
		}
	}) as typeof handle;
}

/**
Closes a session channel that never started, as a refused sftp's: ssh2 neither closes one
nor answers a client that closes it, and OpenSSH waits for that answer (a ControlMaster
stops serving its other sessions meanwhile). Once both sides have closed it, ssh2 forgets it.
*/
export function closeUnstarted(client: Connection, session: Session): void {
	const internals = session as unknown as SessionInternals;
	const {_protocol: protocol} = client as unknown as Internals;
	if (internals._channel !== undefined || closedHere.has(session)) {
		return;
	}

	closedHere.add(session);
	internals._ending = true;
	protocol.channelClose(internals._chanInfo.outgoing.id);
}

/**
The client closed a session channel: one that never started is closed on this side too,
and forgotten. A started one is ssh2's to close.
*/
export function sessionClosed(client: Connection, session: Session): void {
	const internals = session as unknown as SessionInternals;
	if (internals._channel !== undefined) {
		return;
	}

	closeUnstarted(client, session);
	(client as unknown as Internals)._chanMgr.remove(internals._chanInfo.incoming.id);
}
