import type {Server as HttpServer} from 'node:http';
import {type AddressInfo, createServer, type Server as NetServer} from 'node:net';
import type {ServeOptions} from '../config/options.js';
import Admission, {localAdmit} from '../limits/admission.js';
import createHealthServer from '../operations/health-server.js';
import {formatAddress} from '../operations/log.js';
import createServing, {type ServingDeps} from './sessions.js';

/** A server that is listening: where, and how it stops. */
export type Listening = {
	/** The SSH port and the metrics port it listens on (0 when there is none). */
	readonly port: number;
	readonly metricsPort: number;
	/** Stops taking visitors, tells those here, waits for them up to the drain time, then closes. */
	readonly drain: () => Promise<void>;
	/** Ends every session and closes at once. */
	readonly close: () => Promise<void>;
	/** How many sessions are open now. */
	readonly sessions: () => number;
};

/** A port that cannot be listened on: `cannot listen on 127.0.0.1:9022: EADDRINUSE`, one line, exit code 1. */
export class ListenError extends Error {
	override name = 'ListenError';

	constructor(host: string, port: number, error: NodeJS.ErrnoException) {
		super(`cannot listen on ${formatAddress(host, port)}: ${error.code ?? error.message}`);
	}
}

/** Listens on `port` of `host`, and resolves with the port taken; rejects with a ListenError. */
const listen = (server: NetServer | HttpServer, port: number, host: string) =>
	new Promise<number>((resolve, reject) => {
		const fail = (error: NodeJS.ErrnoException) => reject(new ListenError(host, port, error));
		server.once('error', fail);
		server.listen(port, host, () => {
			server.off('error', fail);
			resolve((server.address() as AddressInfo).port);
		});
	});

/**
Listens with each of `listeners` in turn; if one cannot, those already listening are
closed before the error is thrown, so that a server that failed to start holds no port.
*/
export async function listenAll(
	listeners: ReadonlyArray<readonly [NetServer | HttpServer | undefined, number, string]>,
): Promise<number[]> {
	const ports: number[] = [];
	for (const [server, port, host] of listeners) {
		try {
			ports.push(server ? await listen(server, port, host) : 0);
		} catch (error) {
			for (const [opened] of listeners) {
				opened?.close();
			}

			throw error;
		}
	}

	return ports;
}

/** Stops listening, and resolves once every connection has ended. */
export const closed = (server: {close: (callback: () => void) => unknown}) =>
	new Promise<void>((resolve) => {
		server.close(() => resolve());
	});

/**
The résumé over SSH in one process: each connection is let in or refused by the
admission's limits before a byte of SSH is read, then served by ssh2 on its own; probes
and metrics on HTTP.
*/
export default async function startServer(options: ServeOptions, deps: ServingDeps): Promise<Listening> {
	const serving = createServing(options, deps, localAdmit(new Admission(options.limits)));
	const {context} = serving;
	const tcp = createServer(serving.gate.accept);
	const registry = context.metrics.registry;
	const health =
		options.metricsPort === 0 ? undefined : createHealthServer({ready: () => !context.draining(), registry});
	const [port = 0, metricsPort = 0] = await listenAll([
		[tcp, options.port, options.host],
		[health, options.metricsPort, options.metricsHost],
	]);
	const shut = async (why: string) => {
		tcp.close();
		await serving.shut(why);
		health?.closeAllConnections();
		await Promise.all([closed(tcp), health ? closed(health) : undefined]);
	};

	return {
		port,
		metricsPort,
		async drain() {
			tcp.close();
			await serving.drain(options.drainSeconds);
			await shut('drained');
		},
		close: () => shut('closed'),
		sessions: () => context.open.size,
	};
}
