import type {Socket} from 'node:net';
import {Server as SshServer} from 'ssh2';
import type {ServerContext} from '../context.js';
import sessionClock, {type SessionClock} from '../limits/session-clock.js';
import {algorithms} from './algorithms.js';
import serveConnection from './connection.js';
import type {HostKey} from './host-key.js';

// How long a client told to go is given to close its side before its socket is closed.
const hangUpMilliseconds = 1000;

/** Where a connection is handed in, and the sockets open through it now. */
export type Gate = {readonly accept: (socket: Socket) => void; readonly sockets: ReadonlySet<Socket>};

/** A socket let in, its clock, and how it is ended: closed at once until ssh2 has a client for it. */
type Entry = {readonly socket: Socket; readonly clock: SessionClock; end: () => void; authenticated: boolean};

/**
Where visitors come in. Each connection is let in or refused (its socket closed) by the
admission before a byte of SSH is read; one that has not started a session in time, or
whose sessions have all ended and that stays idle, is let go; the rest are handed to ssh2,
and each client to `serveConnection`.
*/
export default function openGate(context: ServerContext, hostKey: HostKey): Gate {
	const {limits, metrics} = context;
	const sockets = new Set<Socket>();
	// Every open socket by address and port: ssh2 names its clients so.
	const byKey = new Map<string, Entry>();
	const ssh = new SshServer(
		{
			hostKeys: [hostKey.key],
			ident: 'manjusaka',
			algorithms,
			keepaliveInterval: limits.keepaliveSeconds * 1000,
			keepaliveCountMax: 3,
		},
		(client, info) => {
			const entry = byKey.get(`${info.ip}|${info.port}`);
			if (entry === undefined) {
				client.end();
				return;
			}

			// Ends the connection: the client is told (unless `quietly`), and a client that does
			// not close its side (it stopped reading, or it is gone) has its socket closed a
			// moment later. Nothing it sends is read any more: what a client cut off for
			// flooding has still in flight would otherwise all be decrypted, only to be dropped.
			const hangUp = (quietly = false) => {
				entry.socket.pause();
				if (!quietly) {
					client.end();
				}

				setTimeout(() => entry.socket.destroy(), hangUpMilliseconds).unref();
			};

			entry.end = hangUp;
			client.once('ready', () => {
				entry.authenticated = true;
			});
			serveConnection(client, info, context, {hangUp, clock: entry.clock});
		},
	);

	const accept = (socket: Socket) => {
		const address = socket.remoteAddress ?? '';
		socket.on('error', () => undefined);
		const refusal = context.draining() ? 'draining' : context.admission.connect(address);
		if (refusal !== undefined) {
			context.refuse(refusal, address);
			socket.destroy();
			return;
		}

		const key = `${address}|${socket.remotePort}`;
		const entry: Entry = {
			socket,
			clock: sessionClock(limits, (why) => {
				context.refuse(why === 'handshake-timeout' && entry.authenticated ? 'no-session' : why, address);
				entry.end();
			}),
			end: () => socket.destroy(),
			authenticated: false,
		};
		sockets.add(socket);
		byKey.set(key, entry);
		metrics.openConnections.inc();
		socket.once('close', () => {
			entry.clock.stop();
			sockets.delete(socket);
			byKey.delete(key);
			metrics.openConnections.dec();
			context.admission.disconnect(address);
		});
		socket.setNoDelay(true);
		ssh.injectSocket(socket);
	};
	return {accept, sockets};
}
