import type {ClientInfo, Connection} from 'ssh2';
import type {ServerContext} from './context.js';
import type {Peer} from './peer.js';
import serveSession from './visitor-session.js';

// Requests a client makes of the connection as a whole: forwarding, refused; and
// `no-more-sessions`, which asks nothing of us.
const harmless = new Set(['no-more-sessions@openssh.com']);

/**
One visitor's SSH connection, once its client has said who it is: any user name, no
password (`none` is accepted, and a client that insists on keyboard-interactive gets no
prompt), then its sessions. Port forwarding either way is refused. `hangUp` ends the
connection for good.
*/
export default function serveConnection(
	client: Connection,
	info: ClientInfo,
	context: ServerContext,
	hangUp: () => void,
): void {
	const address = info.ip;
	let user = '';
	client.on('authentication', (auth) => {
		user = auth.username.slice(0, 64);
		if (auth.method === 'none' || auth.method === 'publickey') {
			auth.accept();
		} else if (auth.method === 'keyboard-interactive') {
			auth.prompt([], () => auth.accept());
		} else {
			// A password is never asked for: a client that offers one is told of the methods that need none.
			context.refuse('password', address);
			auth.reject(['none', 'keyboard-interactive']);
		}
	});
	let gone = false;
	client.once('close', () => {
		gone = true;
	});
	client.on('ready', () => {
		const peer: Peer = {address, software: info.header.versions.software.slice(0, 64), user};
		const ends = {disconnect: hangUp, isGone: () => gone};
		client.on('session', (accept) => serveSession(accept, peer, context, ends));
	});
	client.on('tcpip', (_accept, reject) => {
		context.refuse('forwarding', address);
		reject();
	});
	client.on('openssh.streamlocal', (_accept, reject) => {
		context.refuse('forwarding', address);
		reject();
	});
	client.on('request', (accept, reject, name) => {
		if (harmless.has(name)) {
			accept?.();
		} else {
			context.refuse('forwarding', address);
			reject?.();
		}
	});
	// A client's protocol error, or its silence past the keepalives, ends its connection and
	// only its own: its socket is closed even if the client never closes its side.
	client.on('error', (error) => {
		context.log('connection-error', {address, message: error.message});
		hangUp();
	});
}
