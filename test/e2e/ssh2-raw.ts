import {connect} from 'node:net';
import {type ClientChannel, type ConnectConfig, Client as SshClient} from 'ssh2';

// What a hostile client does that ssh2's client API will not: open a session channel and ask
// nothing of it, ask for a reply to any request, read the server's first packet by hand.

type ClientInternals = {
	readonly _chanMgr: {add(callback: (error: Error | undefined, channel: ClientChannel) => void): number};
	readonly _protocol: Protocol;
};

/** The requests a client's protocol sends on a channel, by the channel's id on the server. */
export type Protocol = {
	session(id: number, window: number, packetSize: number): void;
	env(id: number, name: string, value: string, wantReply: boolean): void;
	exec(id: number, command: string, wantReply: boolean): void;
	shell(id: number, wantReply: boolean): void;
	pty(
		id: number,
		rows: number,
		cols: number,
		height: number,
		width: number,
		term: string,
		modes: null,
		wantReply: boolean,
	): void;
	subsystem(id: number, name: string, wantReply: boolean): void;
};

type ChannelInternals = {
	readonly outgoing: {readonly id: number};
	readonly _callbacks: Array<(failed: boolean) => void>;
	readonly _client: ClientInternals;
};

/** An ssh2 client connected to the server on `port`, once it is ready. */
export function connectClient(port: number, config: ConnectConfig = {}): Promise<SshClient> {
	const client = new SshClient();
	return new Promise((resolve, reject) => {
		client.once('ready', () => resolve(client)).once('error', reject);
		client.connect({host: '127.0.0.1', port, username: 'en', readyTimeout: 10_000, ...config});
	});
}

/** Runs `command` on a channel of its own, its output read and dropped, and resolves once the channel has closed. */
export function execToEnd(client: SshClient, command: string): Promise<void> {
	return new Promise((resolve, reject) => {
		client.exec(command, (error, channel) => {
			if (error) {
				reject(error);
				return;
			}

			channel.on('data', () => undefined).once('close', () => resolve());
		});
	});
}

/** Opens a session channel and asks nothing of it yet, as sftp's before its request. */
export function bareSession(client: SshClient): Promise<ClientChannel> {
	const internals = client as unknown as ClientInternals;
	return new Promise((resolve, reject) => {
		// Read, so that the channel's end, and then its close, are seen.
		const opened = (error: Error | undefined, channel: ClientChannel) =>
			error ? reject(error) : resolve(channel.on('data', () => undefined));
		(opened as unknown as {type: string}).type = 'session';
		const id = internals._chanMgr.add(opened);
		internals._protocol.session(id, 2 * 1024 * 1024, 32 * 1024);
	});
}

/** Sends a request on `channel` that asks for a reply, and resolves with the reply. */
export function ask(
	channel: ClientChannel,
	request: (protocol: Protocol, id: number) => void,
): Promise<'success' | 'failure'> {
	const internals = channel as unknown as ChannelInternals;
	return new Promise((resolve) => {
		internals._callbacks.push((failed) => resolve(failed ? 'failure' : 'success'));
		request(internals._client._protocol, internals.outgoing.id);
	});
}

/** Sends a request on `channel` that asks for no reply. */
export function tell(channel: ClientChannel, request: (protocol: Protocol, id: number) => void): void {
	const internals = channel as unknown as ChannelInternals;
	request(internals._client._protocol, internals.outgoing.id);
}

/** The name-lists of a KEXINIT packet, in their order (RFC 4253, 7.1). */
const lists = [
	'kex',
	'serverHostKey',
	'cipherClientToServer',
	'cipherServerToClient',
	'macClientToServer',
	'macServerToClient',
	'compressClientToServer',
	'compressServerToClient',
	'languageClientToServer',
	'languageServerToClient',
] as const;

/** What the server offers, as its first packet (KEXINIT) says: read from a plain socket. */
export function serverOffer(port: number): Promise<Record<(typeof lists)[number], string[]>> {
	return new Promise((resolve, reject) => {
		const socket = connect(port, '127.0.0.1', () => socket.write('SSH-2.0-probe\r\n'));
		let bytes = Buffer.alloc(0);
		socket.on('error', reject);
		socket.on('data', (chunk: Buffer) => {
			bytes = Buffer.concat([bytes, chunk]);
			const ident = bytes.indexOf('\r\n');
			if (ident === -1 || bytes.length < ident + 6) {
				return;
			}

			const packet = bytes.subarray(ident + 2);
			if (packet.length < 4 + packet.readUInt32BE(0)) {
				return;
			}

			// uint32 length, byte padding, byte SSH_MSG_KEXINIT, 16 bytes of cookie, then the lists.
			let at = 4 + 1 + 1 + 16;
			const offer = {} as Record<(typeof lists)[number], string[]>;
			for (const name of lists) {
				const length = packet.readUInt32BE(at);
				const text = packet.subarray(at + 4, at + 4 + length).toString('latin1');
				offer[name] = text === '' ? [] : text.split(',');
				at += 4 + length;
			}

			socket.destroy();
			resolve(offer);
		});
	});
}
