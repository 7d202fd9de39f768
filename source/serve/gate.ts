import type {Socket} from 'node:net';
import {type CipherAlgorithm, Server as SshServer} from 'ssh2';
import serveConnection from './connection.js';
import type {ServerContext} from './context.js';
import type {HostKey} from './host-key.js';

// AES, which OpenSSL runs in hardware, and not chacha20-poly1305, whose MAC ssh2 computes
// in WebAssembly: OpenSSH clients take the first cipher of their own list that the server
// offers, and would take chacha20 if it were offered.
const ciphers: CipherAlgorithm[] = [
	'aes128-gcm@openssh.com',
	'aes256-gcm@openssh.com',
	'aes128-ctr',
	'aes192-ctr',
	'aes256-ctr',
];

// How long a client told to go is given to close its side before its socket is closed.
const hangUpMilliseconds = 1000;

/** Where a connection is handed in, and the sockets open through it now. */
export type Gate = {readonly accept: (socket: Socket) => void; readonly sockets: ReadonlySet<Socket>};

/**
Where visitors come in. Each connection is let in or refused (its socket closed) by the
admission before a byte of SSH is read; one that has not finished its handshake in time
is closed; the rest are handed to ssh2, and each client to `serveConnection`.
*/
export default function openGate(context: ServerContext, hostKey: HostKey): Gate {
	const {limits} = context;
	// Sockets whose client has not finished its handshake, by address and port, until it has.
	const handshakes = new Map<string, NodeJS.Timeout>();
	const sockets = new Set<Socket>();
	// Every open socket by address and port: ssh2 names its clients so.
	const byKey = new Map<string, Socket>();
	const ssh = new SshServer(
		{
			hostKeys: [hostKey.key],
			ident: 'manjusaka',
			algorithms: {cipher: ciphers},
			keepaliveInterval: limits.keepaliveSeconds * 1000,
			keepaliveCountMax: 3,
		},
		(client, info) => {
			const key = `${info.ip}|${info.port}`;
			client.once('ready', () => {
				clearTimeout(handshakes.get(key));
				handshakes.delete(key);
			});
			const socket = byKey.get(key);
			// Ends the connection: the client is told, and a client that does not close its side
			// (it stopped reading, or it is gone) has its socket closed a moment later.
			const hangUp = () => {
				client.end();
				setTimeout(() => socket?.destroy(), hangUpMilliseconds).unref();
			};

			serveConnection(client, info, context, hangUp);
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
		const timer = setTimeout(() => {
			context.refuse('handshake-timeout', address);
			socket.destroy();
		}, limits.handshakeSeconds * 1000);
		handshakes.set(key, timer);
		sockets.add(socket);
		byKey.set(key, socket);
		socket.once('close', () => {
			clearTimeout(handshakes.get(key));
			handshakes.delete(key);
			sockets.delete(socket);
			byKey.delete(key);
			context.admission.disconnect(address);
		});
		socket.setNoDelay(true);
		ssh.injectSocket(socket);
	};
	return {accept, sockets};
}
