import cluster from 'node:cluster';
import process from 'node:process';
import type {AppContent} from '../ui/session/run-app.js';
import parseServeFlags, {ServeUsageError} from './config/flags.js';
import serveHelp from './config/help.js';
import lineWriter from './operations/line-writer.js';
import createLog, {formatAddress} from './operations/log.js';
import startPrimary from './processes/primary.js';
import {drainSignals} from './processes/signals.js';
import startServer, {ListenError, type Listening} from './processes/single.js';
import runWorker from './processes/worker.js';
import loadHostKey, {HostKeyError} from './ssh/host-key.js';

/**
`manjusaka serve`: the résumé over SSH until a signal. The first SIGTERM, SIGINT or SIGHUP
drains (exit 0 once every session has ended or the drain time is up), a second ends at once.
Beside `cli.tsx`, the local terminal and a cluster's worker (`processes/worker.ts`), this is
the only code that touches the process: its arguments, its signals, its standard error for
the log, its ids for the host key.
*/
export default async function serve(
	importMeta: ImportMeta,
	argv: readonly string[],
	content: AppContent,
): Promise<number> {
	const write = lineWriter(process.stderr);
	const log = createLog(write, {pid: process.pid});
	let parsed: ReturnType<typeof parseServeFlags>;
	let hostKey: ReturnType<typeof loadHostKey>;
	try {
		parsed = parseServeFlags(importMeta, argv, process.env);
		if ('help' in parsed) {
			process.stdout.write(serveHelp(process.env));
			return 0;
		}

		hostKey = loadHostKey(parsed.options.hostKey, {uid: process.getuid?.(), pid: process.pid});
	} catch (error) {
		if (error instanceof ServeUsageError || error instanceof HostKeyError) {
			write(`manjusaka: ${error.message}\n`);
			return error instanceof ServeUsageError ? 2 : 1;
		}

		throw error;
	}

	const {options} = parsed;
	// Each visitor's app waits for its end with Ink's waitUntilExit, which listens for the
	// process's 'beforeExit' until the app has ended: a listener a session, up to maxSessions in
	// this process (or a worker). Past 10, Node would warn on stderr, in a line that is not the
	// log's JSON.
	process.setMaxListeners(Math.max(process.getMaxListeners(), options.limits.maxSessions + 10));
	// One visitor's fault must not end everyone's sessions: whatever escapes a session's own
	// handling is logged, and the server goes on serving the others. An error while that is
	// logged is not logged again: one failure must not become a loop.
	let reporting = false;
	process.on('uncaughtException', (error) => {
		if (!reporting) {
			reporting = true;
			try {
				log('uncaught', {message: error.message, stack: error.stack ?? null});
			} finally {
				reporting = false;
			}
		}
	});
	const deps = {content, importMeta, hostKey, log};
	if (cluster.isWorker) {
		return runWorker(options, deps);
	}

	let server: Listening;
	try {
		server = options.workers > 1 ? await startPrimary(options, log, options.workers) : await startServer(options, deps);
	} catch (error) {
		if (error instanceof ListenError) {
			write(`manjusaka: ${error.message}\n`);
			return 1;
		}

		throw error;
	}

	return new Promise<number>((resolve) => {
		let stopping = false;
		const onSignal = (signal: NodeJS.Signals) => {
			if (stopping) {
				log('stopped', {signal, drained: false});
				process.exit(1);
			}

			stopping = true;
			log('draining', {signal, sessions: server.sessions(), seconds: options.drainSeconds});
			void server.drain().then(() => {
				log('stopped', {signal, drained: true});
				for (const name of drainSignals) {
					process.off(name, onSignal);
				}

				resolve(0);
			});
		};

		for (const name of drainSignals) {
			process.on(name, onSignal);
		}

		// Said once the signals are handled: a supervisor that reads the line and stops the
		// server at once must get a drain, not the default action of a signal (death, no drain).
		log('listening', {
			address: formatAddress(options.host, server.port),
			metrics: server.metricsPort === 0 ? null : formatAddress(options.metricsHost, server.metricsPort),
			fingerprint: hostKey.fingerprint,
			workers: options.workers,
		});
	});
}
