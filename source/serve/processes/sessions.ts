import type {AppContent} from '../../ui/session/run-app.js';
import type {ServeOptions} from '../config/options.js';
import type {Admit, Open, ServerContext} from '../context.js';
import InputShares from '../limits/input-shares.js';
import createAddressLog from '../operations/address-log.js';
import type {Log} from '../operations/log.js';
import {createMetrics, type Refusal} from '../operations/metrics.js';
import openGate, {type Gate} from '../ssh/gate.js';
import type {HostKey} from '../ssh/host-key.js';

/** What a serving process is given: the résumés and their prepared text, the CLI's `import.meta`, the host key and the log. */
export type ServingDeps = {
	readonly content: AppContent;
	readonly importMeta: ImportMeta;
	readonly hostKey: HostKey;
	readonly log: Log;
};

/** The sessions of one process: its context, its gate, and how they end. */
type Serving = {
	readonly context: ServerContext;
	readonly gate: Gate;
	/** Takes no one new, tells each open session, and waits for them up to `seconds`. */
	readonly drain: (seconds: number) => Promise<void>;
	/** Ends each session left, with its line, and gives their clients a moment to hang up. */
	readonly shut: (why: string) => Promise<void>;
};

// How long clients are given to hang up once their sessions have ended.
const goodbyeMilliseconds = 2000;

/** Until `done` or the time is up, looking again every 50 ms. */
async function waitUntil(done: () => boolean, milliseconds: number): Promise<void> {
	const deadline = Date.now() + milliseconds;
	while (!done() && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/**
What serves visitors in one process, whether it is the server or one worker of a cluster:
the sessions' shared context (with `admission` deciding who comes in), the gate that takes
their connections, and the drain.
*/
export default function createServing(options: ServeOptions, deps: ServingDeps, admission: Admit): Serving {
	const metrics = createMetrics();
	let draining = false;
	const logFrom = createAddressLog(deps.log);
	const context: ServerContext = {
		content: deps.content,
		importMeta: deps.importMeta,
		limits: options.limits,
		admission,
		metrics,
		log: deps.log,
		inputShares: new InputShares(),
		logFrom,
		open: new Set<Open>(),
		draining: () => draining,
		refuse(reason: Refusal, address: string) {
			metrics.refusals.inc({reason});
			logFrom(address, 'refused', {reason});
		},
	};
	const gate = openGate(context, deps.hostKey);
	return {
		context,
		gate,
		async drain(seconds) {
			draining = true;
			for (const open of context.open) {
				open.drain();
			}

			await waitUntil(() => context.open.size === 0, seconds * 1000);
		},
		async shut(why) {
			draining = true;
			for (const open of context.open) {
				open.end(why);
			}

			await waitUntil(() => gate.sockets.size === 0, goodbyeMilliseconds);
			for (const socket of gate.sockets) {
				socket.destroy();
			}
		},
	};
}
