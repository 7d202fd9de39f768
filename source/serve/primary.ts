import cluster, {type Worker} from 'node:cluster';
import {createServer, type Socket} from 'node:net';
import {AggregatorRegistry} from 'prom-client';
import Admission from './admission.js';
import type {MetricsJson, ToPrimary, ToWorker} from './cluster-messages.js';
import createHealthServer from './health-server.js';
import type {Log} from './log.js';
import {createMetrics} from './metrics.js';
import type {ServeOptions} from './serve-options.js';
import {closed, type Listening, listen} from './server.js';

/** What one worker holds now: connections and sessions by address, given back if it dies. */
type Held = {readonly worker: Worker; connections: number; readonly counts: Array<['connection' | 'session', string]>};

// How long a worker is given, past the drain, to end its sessions and go.
const goodbyeMilliseconds = 5000;

/**
The primary of a cluster of `workers` processes, for more cores than one: it accepts each
connection, lets it in or refuses it by the one admission of the whole server, and hands
it to the worker with the fewest connections. Sessions start only when it says so, so
the limits per address and in all hold across the workers. /metrics sums every worker's.
A worker that dies is replaced, and what it held is given back.
*/
export default async function startPrimary(options: ServeOptions, log: Log, workers: number): Promise<Listening> {
	const admission = new Admission(options.limits);
	const metrics = createMetrics();
	const held = new Map<Worker, Held>();
	let draining = false;
	let requests = 0;
	const metricRequests = new Map<number, {responses: MetricsJson[]; done: () => void}>();
	const send = (worker: Worker, message: ToWorker, socket?: Socket) => worker.send(message, socket as never);
	const release = (entry: Held, kind: 'connection' | 'session', address: string) => {
		const index = entry.counts.findIndex(([k, a]) => k === kind && a === address);
		if (index >= 0) {
			entry.counts.splice(index, 1);
			if (kind === 'connection') {
				entry.connections--;
				admission.disconnect(address);
			} else {
				admission.endSession(address);
			}
		}
	};

	const fork = () =>
		new Promise<void>((resolve) => {
			const worker = cluster.fork();
			const entry: Held = {worker, connections: 0, counts: []};
			worker.on('message', (message: ToPrimary) => {
				switch (message.type) {
					case 'ready': {
						held.set(worker, entry);
						resolve();
						break;
					}

					case 'disconnect': {
						release(entry, 'connection', message.address);
						break;
					}

					case 'start-session': {
						const refusal = draining ? 'draining' : admission.startSession(message.address);
						if (refusal === undefined) {
							entry.counts.push(['session', message.address]);
						}

						send(worker, {type: 'session', request: message.request, refusal: refusal ?? null});
						break;
					}

					case 'end-session': {
						release(entry, 'session', message.address);
						break;
					}

					case 'metrics': {
						metricRequests.get(message.request)?.responses.push(message.metrics);
						metricRequests.get(message.request)?.done();
						break;
					}
				}
			});
			worker.once('exit', (code, signal) => {
				held.delete(worker);
				for (const [kind, address] of [...entry.counts]) {
					release(entry, kind, address);
				}

				if (!draining) {
					log('worker-exit', {pid: worker.process.pid ?? null, code, signal});
					void fork();
				}
			});
		});

	await Promise.all(Array.from({length: workers}, fork));
	const tcp = createServer({pauseOnConnect: true}, (socket) => {
		const address = socket.remoteAddress ?? '';
		socket.on('error', () => undefined);
		const refusal = draining ? 'draining' : admission.connect(address);
		const entry = [...held.values()].sort((a, b) => a.connections - b.connections)[0];
		if (refusal !== undefined || entry === undefined) {
			metrics.refusals.inc({reason: refusal ?? 'connections'});
			log('refused', {reason: refusal ?? 'connections', address});
			if (refusal === undefined) {
				admission.disconnect(address);
			}

			socket.destroy();
			return;
		}

		entry.connections++;
		entry.counts.push(['connection', address]);
		send(entry.worker, {type: 'socket'}, socket);
	});

	// Every worker's measures and the primary's own (refusals at the socket), summed.
	const gather = async () => {
		const request = requests++;
		const responses: MetricsJson[] = [await metrics.registry.getMetricsAsJSON()];
		const expected = held.size + 1;
		await new Promise<void>((resolve) => {
			const timer = setTimeout(resolve, 2000);
			metricRequests.set(request, {
				responses,
				done() {
					if (responses.length === expected) {
						clearTimeout(timer);
						resolve();
					}
				},
			});
			for (const {worker} of held.values()) {
				send(worker, {type: 'metrics', request});
			}
		});
		metricRequests.delete(request);
		return AggregatorRegistry.aggregate(responses);
	};

	const health =
		options.metricsPort === 0
			? undefined
			: createHealthServer({ready: () => !draining, registry: metrics.registry, gather});
	const port = await listen(tcp, options.port, options.host);
	const metricsPort = health ? await listen(health, options.metricsPort, options.host) : 0;
	const stop = async (drain: boolean) => {
		draining = true;
		tcp.close();
		const exited = [...held.keys()].map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
		for (const {worker} of held.values()) {
			if (drain) {
				send(worker, {type: 'drain'});
			} else {
				worker.kill();
			}
		}

		const deadline = (drain ? options.drainSeconds * 1000 : 0) + goodbyeMilliseconds;
		await Promise.race([Promise.all(exited), new Promise((resolve) => setTimeout(resolve, deadline))]);
		for (const worker of held.keys()) {
			worker.process.kill('SIGKILL');
		}

		health?.closeAllConnections();
		await Promise.all([closed(tcp), health ? closed(health) : undefined]);
	};

	return {
		port,
		metricsPort,
		drain: () => stop(true),
		close: () => stop(false),
		sessions: () => admission.counts().sessions,
	};
}
