import type {Socket} from 'node:net';
import process from 'node:process';
import type {ServeOptions} from '../config/options.js';
import type {Admit} from '../context.js';
import type {Refusal} from '../operations/metrics.js';
import type {ToPrimary, ToWorker} from './cluster-messages.js';
import createServing, {type ServingDeps} from './sessions.js';
import {drainSignals} from './signals.js';

const send = (message: ToPrimary) => process.send?.(message);

/**
A worker of a cluster: it serves the connections the primary hands it, and asks the
primary, which holds the one count for every worker, whether each session may start. It
drains when the primary says so, and ends when the primary is gone. Signals are the
primary's: Ctrl+C in a terminal reaches every process of the group, and only the primary
decides; a terminal's hangup too.
*/
export default function runWorker(options: ServeOptions, deps: ServingDeps): Promise<number> {
	const answers = new Map<number, (refusal: Refusal | undefined) => void>();
	let requests = 0;
	const admission: Admit = {
		// The primary let the connection in before it handed it over.
		connect: () => undefined,
		disconnect: (address) => send({type: 'disconnect', address}),
		startSession: (address) =>
			new Promise((resolve) => {
				const request = requests++;
				answers.set(request, resolve);
				send({type: 'start-session', request, address});
			}),
		endSession: (address) => send({type: 'end-session', address}),
	};
	const serving = createServing(options, deps, admission);
	for (const signal of drainSignals) {
		process.on(signal, () => undefined);
	}

	return new Promise<number>((resolve) => {
		let ending = false;
		const end = async (drain: boolean) => {
			if (ending) {
				return;
			}

			ending = true;
			if (drain) {
				await serving.drain(options.drainSeconds);
			}

			await serving.shut(drain ? 'drained' : 'closed');
			process.disconnect?.();
			resolve(0);
		};

		process.on('message', (message: ToWorker, handle?: Socket) => {
			switch (message.type) {
				case 'socket': {
					if (handle) {
						serving.gate.accept(handle);
						// The primary took it without reading a byte (pauseOnConnect): reading starts here.
						handle.resume();
					}

					break;
				}

				case 'session': {
					answers.get(message.request)?.(message.refusal ?? undefined);
					answers.delete(message.request);
					break;
				}

				case 'metrics': {
					void serving.context.metrics.registry
						.getMetricsAsJSON()
						.then((metrics) => send({type: 'metrics', request: message.request, metrics}));
					break;
				}

				case 'drain': {
					void end(true);
					break;
				}
			}
		});
		// The primary is gone: nothing more will come, and nobody would count what does.
		process.once('disconnect', () => void end(false));
		send({type: 'ready'});
	});
}
