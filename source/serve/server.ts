import type {Server as HttpServer} from 'node:http';
import type {AddressInfo, Server as NetServer} from 'node:net';
import type {Resumes} from '../model/resume.js';
import Admission from './admission.js';
import type {Open, ServerContext} from './context.js';
import openGate from './gate.js';
import createHealthServer from './health-server.js';
import type {HostKey} from './host-key.js';
import type {Log} from './log.js';
import {createMetrics, type Refusal} from './metrics.js';
import type {ServeOptions} from './serve-options.js';

/** A server that is listening: where, and how it stops. */
export type Listening = {
	/** The SSH port and the metrics port it listens on (0 when there is none). */
	readonly port: number;
	readonly metricsPort: number;
	/** Stops taking visitors, tells those here, waits for them up to the drain time, then closes. */
	readonly drain: () => Promise<void>;
	/** Ends every session and closes at once. */
	readonly close: () => Promise<void>;
	readonly context: ServerContext;
};

// How long clients are given to hang up once their sessions have ended.
const goodbyeMilliseconds = 2000;

const listen = (server: NetServer | HttpServer, port: number, host: string) =>
	new Promise<number>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve((server.address() as AddressInfo).port);
		});
	});

const closed = (server: {close: (callback: () => void) => unknown}) =>
	new Promise<void>((resolve) => {
		server.close(() => resolve());
	});

/**
The résumé over SSH: each connection is let in or refused by the admission's limits
before a byte of SSH is read, then served by ssh2 on its own; probes and metrics on HTTP.
*/
export default async function startServer(
	options: ServeOptions,
	{resumes, importMeta, hostKey, log}: {resumes: Resumes; importMeta: ImportMeta; hostKey: HostKey; log: Log},
): Promise<Listening> {
	const {limits} = options;
	const metrics = createMetrics();
	let draining = false;
	const context: ServerContext = {
		resumes,
		importMeta,
		limits,
		admission: new Admission(limits),
		metrics,
		log,
		open: new Set<Open>(),
		draining: () => draining,
		refuse(reason: Refusal, address: string) {
			metrics.refusals.inc({reason});
			log('refused', {reason, address});
		},
	};

	const {server: tcp, sockets} = openGate(context, hostKey);

	const health =
		options.metricsPort === 0 ? undefined : createHealthServer({ready: () => !draining, registry: metrics.registry});
	const port = await listen(tcp, options.port, options.host);
	const metricsPort = health ? await listen(health, options.metricsPort, options.host) : 0;

	// Until `done` or the time is up, looking again every 50 ms.
	const waitUntil = async (done: () => boolean, milliseconds: number) => {
		const deadline = Date.now() + milliseconds;
		while (!done() && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	};

	// Each session left is ended with its line; their clients then hang up, given a moment to.
	const shut = async (why: string) => {
		draining = true;
		tcp.close();
		for (const open of context.open) {
			open.end(why);
		}

		await waitUntil(() => sockets.size === 0, goodbyeMilliseconds);
		for (const socket of sockets) {
			socket.destroy();
		}

		health?.closeAllConnections();
		await Promise.all([closed(tcp), health ? closed(health) : undefined]);
	};

	return {
		port,
		metricsPort,
		context,
		async drain() {
			draining = true;
			tcp.close();
			for (const open of context.open) {
				open.drain();
			}

			await waitUntil(() => context.open.size === 0, options.drainSeconds * 1000);
			await shut('drained');
		},
		close: () => shut('closed'),
	};
}
