import cluster, {type Worker} from 'node:cluster';
import type {Socket} from 'node:net';
import type Admission from '../limits/admission.js';
import type {Log} from '../operations/log.js';
import type {MetricsJson, ToPrimary, ToWorker} from './cluster-messages.js';
import {keepTotals} from './cluster-metrics.js';

/** What one worker holds now: its connections and sessions by address, given back if it dies; its metrics as last seen. */
type Held = {
	readonly worker: Worker;
	connections: number;
	readonly counts: Array<['connection' | 'session', string]>;
	last: MetricsJson;
};

/** A primary's workers: each connection handed to the one with the fewest, their metrics gathered, their end. */
type WorkerPool = {
	/** Hands a connection from `address`, already admitted, to a worker; false when there is none to take it. */
	readonly hand: (socket: Socket, address: string) => boolean;
	/**
	Every worker's metrics, each as prom-client gives them, and the counters that workers gone
	left (so that no total goes down); a worker that does not answer in 2 s is left out.
	*/
	readonly metrics: () => Promise<MetricsJson[]>;
	/** Asks each worker to drain (or, without `drain`, to end now), and resolves once they have all exited or `deadline` ms are up; then none is left. */
	readonly stop: (drain: boolean, deadline: number) => Promise<void>;
};

/**
Forks `count` workers and resolves once each is ready. Every session a worker wants to
start is asked of `admission`, the one count of the whole server; what a worker held is
given back when it exits, and a worker that exits unasked is replaced.
*/
export default async function startWorkers(count: number, admission: Admission, log: Log): Promise<WorkerPool> {
	// Every worker alive, ready or still starting (a replacement), so that a stop ends them all.
	const alive = new Set<Worker>();
	// Those ready, which connections are handed to.
	const held = new Map<Worker, Held>();
	let stopping = false;
	let kept: MetricsJson = [];
	let requests = 0;
	const answers = new Map<number, (metrics: MetricsJson) => void>();
	const send = (worker: Worker, message: ToWorker, socket?: Socket) => worker.send(message, socket as never);
	const release = (entry: Held, kind: 'connection' | 'session', address: string) => {
		const index = entry.counts.findIndex(([held, at]) => held === kind && at === address);
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

	const answer = (worker: Worker, entry: Held, message: ToPrimary, ready: () => void) => {
		switch (message.type) {
			case 'ready': {
				ready();
				if (stopping) {
					// Started as a replacement while the pool stopped: it has nothing to drain.
					worker.process.kill('SIGKILL');
				} else {
					held.set(worker, entry);
				}

				break;
			}

			case 'disconnect':
			case 'end-session': {
				release(entry, message.type === 'disconnect' ? 'connection' : 'session', message.address);
				break;
			}

			case 'start-session': {
				const refusal = stopping ? 'draining' : admission.startSession(message.address);
				if (refusal === undefined) {
					entry.counts.push(['session', message.address]);
				}

				send(worker, {type: 'session', request: message.request, refusal: refusal ?? null});
				break;
			}

			case 'metrics': {
				entry.last = message.metrics;
				answers.get(message.request)?.(message.metrics);
				break;
			}
		}
	};

	const fork = () =>
		new Promise<void>((resolve) => {
			const worker = cluster.fork();
			alive.add(worker);
			const entry: Held = {worker, connections: 0, counts: [], last: []};
			worker.on('message', (message: ToPrimary) => answer(worker, entry, message, resolve));
			worker.once('exit', (code, signal) => {
				alive.delete(worker);
				held.delete(worker);
				kept = keepTotals(kept, entry.last);
				// A worker that dies before it is ready does not hold up the start.
				resolve();
				for (const [kind, address] of [...entry.counts]) {
					release(entry, kind, address);
				}

				if (!stopping) {
					log('worker-exit', {worker: worker.process.pid ?? null, code, signal});
					void fork();
				}
			});
		});

	await Promise.all(Array.from({length: count}, fork));
	return {
		hand(socket, address) {
			const entry = [...held.values()].sort((a, b) => a.connections - b.connections)[0];
			if (entry === undefined) {
				return false;
			}

			entry.connections++;
			entry.counts.push(['connection', address]);
			send(entry.worker, {type: 'socket'}, socket);
			return true;
		},
		async metrics() {
			const request = requests++;
			const responses: MetricsJson[] = [];
			const expected = held.size;
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, 2000);
				answers.set(request, (metrics) => {
					responses.push(metrics);
					if (responses.length === expected) {
						clearTimeout(timer);
						resolve();
					}
				});
				for (const {worker} of held.values()) {
					send(worker, {type: 'metrics', request});
				}
			});
			answers.delete(request);
			return [...responses, kept];
		},
		async stop(drain, deadline) {
			stopping = true;
			const exited = [...alive].map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
			for (const worker of alive) {
				if (!held.has(worker)) {
					worker.process.kill('SIGKILL');
				} else if (drain) {
					send(worker, {type: 'drain'});
				} else {
					worker.kill();
				}
			}

			let timer: NodeJS.Timeout | undefined;
			await Promise.race([Promise.all(exited), new Promise((resolve) => (timer = setTimeout(resolve, deadline)))]);
			// Once they have all gone, nothing of the pool may keep the process alive.
			clearTimeout(timer);
			for (const worker of alive) {
				worker.process.kill('SIGKILL');
			}
		},
	};
}
