import cluster from 'node:cluster';
import process from 'node:process';
import type {AppContent} from '../ui/run-app.js';
import formatAddress from './address.js';
import loadHostKey, {HostKeyError} from './host-key.js';
import lineWriter from './line-writer.js';
import createLog from './log.js';
import startPrimary from './primary.js';
import parseServeFlags, {ServeUsageError} from './serve-flags.js';
import serveHelp from './serve-help.js';
import startServer, {ListenError, type Listening} from './server.js';
import {drainSignals} from './signals.js';
import runWorker from './worker.js';

/**
`manjusaka serve`: the résumé over SSH until a signal. The first SIGTERM, SIGINT or SIGHUP
drains (exit 0 once every session has ended or the drain time is up), a second ends at once.
Beside `cli.tsx` and the local terminal, this is the only code that touches the process:
its arguments, its signals, its standard error for the log.
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

		hostKey = loadHostKey(parsed.options.hostKey);
	} catch (error) {
		if (error instanceof ServeUsageError || error instanceof HostKeyError) {
			write(`manjusaka: ${error.message}\n`);
			return error instanceof ServeUsageError ? 2 : 1;
		}

		throw error;
	}

	const {options} = parsed;
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

	log('listening', {
		address: formatAddress(options.host, server.port),
		metrics: server.metricsPort === 0 ? null : formatAddress(options.metricsHost, server.metricsPort),
		fingerprint: hostKey.fingerprint,
		workers: options.workers,
	});

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
	});
}
