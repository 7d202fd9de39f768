import type {ClientInfo, Connection} from 'ssh2';
import type {ServerContext} from '../context.js';
import type {SessionClock} from '../limits/session-clock.js';
import {clip, maxNameCharacters} from '../operations/log.js';
import type {Refusal} from '../operations/metrics.js';
import serveSession from '../visit/session-channel.js';
import type {Peer} from './peer.js';
import {answerEveryRequest} from './ssh2-sessions.js';

// Requests a client makes of the connection as a whole: forwarding, refused; and
// `no-more-sessions`, which asks nothing of us.
const harmless = new Set(['no-more-sessions@openssh.com']);

// The longest error message logged, in characters: a client's disconnect reason is its own words.
const maxMessageCharacters = 200;

/**
How a connection ends for good (`quietly`: with no disconnect message, after a session that
ended with a line of its own, which OpenSSH's client would not write out if one followed at
once), and the clock that ends it when no session runs.
*/
type ConnectionEnds = {readonly hangUp: (quietly?: boolean) => void; readonly clock: SessionClock};

/**
One visitor's SSH connection, once its client has said who it is: any user name, no
password (`none` is accepted, and a client that insists on keyboard-interactive gets no
prompt), then its sessions, a few open at once. Port forwarding either way is refused. A
client refused too often (a password, a variable, a subsystem…) is cut off.
*/
export default function serveConnection(
	client: Connection,
	info: ClientInfo,
	context: ServerContext,
	{hangUp, clock}: ConnectionEnds,
): void {
	const {limits} = context;
	const address = info.ip;
	let user = '';
	let refusals = 0;
	let failedLogins = 0;
	// Once the connection is cut, what is left of the client's last read is served no more:
	// nothing counted, no login, no session.
	let cut = false;
	const end = (quietly?: boolean) => {
		cut = true;
		hangUp(quietly);
	};
	const cutOff = (why: Refusal) => {
		if (!cut) {
			context.refuse(why, address);
			end();
		}
	};
	const refuse = (reason: Refusal) => {
		if (cut) {
			return;
		}

		context.refuse(reason, address);
		refusals += 1;
		if (refusals === limits.maxRefusalsPerConnection) {
			cutOff('refusals');
		}
	};

	answerEveryRequest(client);
	client.on('authentication', (auth) => {
		user = clip(auth.username, maxNameCharacters);
		if (cut) {
			auth.reject();
		} else if (auth.method === 'none' || auth.method === 'publickey') {
			auth.accept();
		} else if (auth.method === 'keyboard-interactive') {
			auth.prompt([], () => auth.accept());
		} else {
			// A password is never asked for: a client that offers one is told of the methods that need none.
			refuse('password');
			auth.reject(['none', 'keyboard-interactive']);
			failedLogins += 1;
			if (failedLogins === limits.maxAuthTries) {
				cutOff('auth-tries');
			}
		}
	});
	let gone = false;
	client.once('close', () => {
		gone = true;
	});
	client.on('ready', () => {
		const software = clip(info.header.versions.software, maxNameCharacters);
		const peer: Peer = {address, software, user};
		const ends = {disconnect: end, isGone: () => gone || cut, clock, refuse};
		let channels = 0;
		client.on('session', (accept, reject) => {
			if (cut) {
				reject();
				return;
			}

			if (channels >= limits.maxChannelsPerConnection) {
				refuse('channels');
				reject();
				return;
			}

			channels += 1;
			const session = serveSession(client, accept, peer, context, ends);
			session.once('close', () => {
				channels -= 1;
			});
		});
	});
	client.on('tcpip', (_accept, reject) => {
		refuse('forwarding');
		reject();
	});
	client.on('openssh.streamlocal', (_accept, reject) => {
		refuse('forwarding');
		reject();
	});
	client.on('request', (accept, reject, name) => {
		if (harmless.has(name)) {
			accept?.();
		} else {
			refuse('forwarding');
			reject?.();
		}
	});
	// A client's protocol error, or its silence past the keepalives, ends its connection and
	// only its own: its socket is closed even if the client never closes its side.
	client.on('error', (error) => {
		context.log('connection-error', {address, message: clip(error.message, maxMessageCharacters)});
		end();
	});
}
