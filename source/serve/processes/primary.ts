import {createServer} from 'node:net';
import type {ServeOptions} from '../config/options.js';
import Admission from '../limits/admission.js';
import createAddressLog from '../operations/address-log.js';
import createHealthServer from '../operations/health-server.js';
import type {Log} from '../operations/log.js';
import {createMetrics} from '../operations/metrics.js';
import {aggregateCluster} from './cluster-metrics.js';
import {closed, type Listening, listenAll} from './single.js';
import startWorkers from './worker-pool.js';

// How long the workers are given, past the drain, to end their sessions and go.
const goodbyeMilliseconds = 5000;

/**
The primary of a cluster of `workers` processes, for more cores than one: it accepts each
connection, lets it in or refuses it by the one admission of the whole server, and hands
it to the worker with the fewest connections. Sessions start only when it says so, so
the limits per address and in all hold across the workers. /metrics sums every worker's
and its own (the refusals at the socket).
*/
export default async function startPrimary(options: ServeOptions, log: Log, workers: number): Promise<Listening> {
	const admission = new Admission(options.limits);
	const metrics = createMetrics();
	const logFrom = createAddressLog(log);
	const pool = await startWorkers(workers, admission, log);
	let draining = false;
	const tcp = createServer({pauseOnConnect: true}, (socket) => {
		const address = socket.remoteAddress ?? '';
		socket.on('error', () => undefined);
		const refusal = draining ? 'draining' : admission.connect(address);
		if (refusal === undefined && pool.hand(socket, address)) {
			return;
		}

		if (refusal === undefined) {
			admission.disconnect(address);
		}

		metrics.refusals.inc({reason: refusal ?? 'connections'});
		logFrom(address, 'refused', {reason: refusal ?? 'connections'});
		socket.destroy();
	});

	const gather = async () => aggregateCluster([await metrics.registry.getMetricsAsJSON(), ...(await pool.metrics())]);
	const health =
		options.metricsPort === 0
			? undefined
			: createHealthServer({ready: () => !draining, registry: metrics.registry, gather});
	let ports: number[];
	try {
		ports = await listenAll([
			[tcp, options.port, options.host],
			[health, options.metricsPort, options.metricsHost],
		]);
	} catch (error) {
		await pool.stop(false, goodbyeMilliseconds);
		throw error;
	}

	const [port = 0, metricsPort = 0] = ports;
	const stop = async (drain: boolean) => {
		draining = true;
		// Closed once, and not waited for: each connection was the worker's from the moment it
		// was handed over, and one refused here is destroyed at once. (Once a socket has gone to
		// a worker, net.Server's close() asks the workers for it; a second close(), to wait for
		// the first, never called back, and the primary never logged that it had stopped.)
		tcp.close();
		await pool.stop(drain, (drain ? options.drainSeconds * 1000 : 0) + goodbyeMilliseconds);
		health?.closeAllConnections();
		await (health ? closed(health) : undefined);
	};

	return {
		port,
		metricsPort,
		drain: () => stop(true),
		close: () => stop(false),
		sessions: () => admission.counts().sessions,
	};
}
