import cluster, {type Worker} from 'node:cluster';
import type {Socket} from 'node:net';
import type Admission from './admission.js';
import type {MetricsJson, ToPrimary, ToWorker} from './cluster-messages.js';
import type {Log} from './log.js';

/** What one worker holds now: its connections and sessions by address, given back if it dies. */
type Held = {readonly worker: Worker; connections: number; readonly counts: Array<['connection' | 'session', string]>};

/** A primary's workers: each connection handed to the one with the fewest, their metrics gathered, their end. */
export type WorkerPool = {
	/** Hands a connection from `address`, already admitted, to a worker; false when there is none to take it. */
	readonly hand: (socket: Socket, address: string) => boolean;
	/** Every worker's metrics, each as prom-client gives them; a worker that does not answer in 2 s is left out. */
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
	const held = new Map<Worker, Held>();
	let stopping = false;
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
				held.set(worker, entry);
				ready();
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
				answers.get(message.request)?.(message.metrics);
				break;
			}
		}
	};

	const fork = () =>
		new Promise<void>((resolve) => {
			const worker = cluster.fork();
			const entry: Held = {worker, connections: 0, counts: []};
			worker.on('message', (message: ToPrimary) => answer(worker, entry, message, resolve));
			worker.once('exit', (code, signal) => {
				held.delete(worker);
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
			return responses;
		},
		async stop(drain, deadline) {
			stopping = true;
			const exited = [...held.keys()].map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
			for (const {worker} of held.values()) {
				if (drain) {
					send(worker, {type: 'drain'});
				} else {
					worker.kill();
				}
			}

			await Promise.race([Promise.all(exited), new Promise((resolve) => setTimeout(resolve, deadline))]);
			for (const worker of held.keys()) {
				worker.process.kill('SIGKILL');
			}
		},
	};
}
