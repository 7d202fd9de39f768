import {type ClientChannel, Client as SshClient} from 'ssh2';
import poll from '../support/poll.js';

/**
A visitor made with ssh2's client, for what the OpenSSH client will not do: stop reading,
send thousands of window changes, ask for absurd sizes, paste megabytes.
*/
export class Visitor {
	/** Everything the server sent on the channel, as text. */
	output = '';
	/** The exit status the server sent, once it did. */
	status: number | undefined;
	readonly closed: Promise<void>;

	private constructor(
		readonly client: SshClient,
		readonly channel: ClientChannel,
	) {
		channel.on('data', (chunk: Buffer) => {
			this.output += chunk.toString('utf8');
		});
		channel.on('exit', (code: number) => {
			this.status = code;
		});
		this.closed = new Promise((resolve) => {
			channel.once('close', () => resolve());
		});
	}

	/**
	Connects to the server on `port` and opens a shell with a pty of `cols` × `rows`, from
	`from` (a loopback address: the server's shares are per address).
	*/
	static async open(port: number, {cols = 80, rows = 24, user = 'en', from = '127.0.0.1'} = {}): Promise<Visitor> {
		const client = new SshClient();
		await new Promise<void>((resolve, reject) => {
			client.once('ready', resolve).once('error', reject);
			client.connect({host: '127.0.0.1', port, localAddress: from, username: user, readyTimeout: 10_000});
		});
		const channel = await new Promise<ClientChannel>((resolve, reject) => {
			client.shell({term: 'xterm-256color', cols, rows}, (error, stream) => (error ? reject(error) : resolve(stream)));
		});
		return new Visitor(client, channel);
	}

	/** Waits until the output holds `text`. */
	async waitFor(text: string, timeout = 10_000): Promise<void> {
		await poll(
			() => this.output.includes(text),
			(found) => found,
			{timeout, what: JSON.stringify(text), describe: () => this.output.slice(-400)},
		);
	}

	/** Waits until the channel has closed, and returns the exit status. */
	async exit(timeout = 10_000): Promise<number | undefined> {
		await poll(
			() => this.status !== undefined || this.channelClosed,
			(done) => done,
			{timeout, what: 'the session to end', describe: () => this.output.slice(-400)},
		);
		await this.closed;
		return this.status;
	}

	private get channelClosed(): boolean {
		return this.channel.destroyed;
	}

	/** Ends the connection. */
	end(): void {
		this.client.end();
	}
}
