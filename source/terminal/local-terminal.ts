import {constants} from 'node:os';
import process from 'node:process';
import {hasControllingTerminal, isOrphaned} from './job-control.js';
import type {Capabilities, TerminalSession} from './session.js';

/** What the local terminal asks of the app it runs: the app's `Running`, seen from outside. */
export type Runnable = {
	readonly exited: Promise<number>;
	readonly stop: (code: number) => void;
	readonly suspend: () => Promise<void>;
};

// Signals whose default action ends the process; each ends the app with 128 + its number,
// the terminal restored. SIGUSR1 is Node's (it starts the inspector); SIGKILL and SIGSTOP
// cannot be caught; SIGSEGV and its kind leave nothing safe to run.
const fatalSignals = [
	'SIGHUP',
	'SIGINT',
	'SIGQUIT',
	'SIGTRAP',
	'SIGABRT',
	'SIGTERM',
	'SIGUSR2',
	'SIGALRM',
	'SIGVTALRM',
	'SIGXCPU',
	'SIGXFSZ',
	'SIGPROF',
	'SIGIO',
	'SIGPWR',
	'SIGSYS',
] as const satisfies readonly NodeJS.Signals[];

/**
Runs the app on the process's own terminal, and gives the terminal back on every way out:
q and Ctrl+C through the app, every signal that would end the process (exit 128 + N), an
error (rejected, for the caller to report), `process.exit` from elsewhere. Ctrl+Z and
SIGTSTP suspend it as less and vim do; SIGCONT resumes it at the size of the moment.
*/
export default async function runOnLocalTerminal(
	capabilities: Capabilities,
	start: (session: TerminalSession) => Runnable,
): Promise<number> {
	const {stdin, stdout} = process;
	const resizeListeners = new Set<() => void>();
	const resized = () => {
		for (const listener of resizeListeners) {
			listener();
		}
	};

	const size = () => ({columns: stdout.columns || 80, rows: stdout.rows || 24});
	// Without a controlling terminal no SIGWINCH comes: the size is asked for a few times a
	// second. Node answers getWindowSize from what it last heard; _refreshSize asks the
	// terminal, as Node's own SIGWINCH handler does, and emits 'resize' when it changed.
	const refresh = (stdout as typeof stdout & {_refreshSize?: () => void})._refreshSize?.bind(stdout);
	const poll = hasControllingTerminal() || refresh === undefined ? undefined : setInterval(refresh, 200);
	stdout.on('resize', resized);

	let running: Runnable | undefined;
	const onStop = () => void running?.suspend();
	const session: TerminalSession = {
		input: stdin,
		output: stdout,
		capabilities,
		size,
		onResize(listener) {
			resizeListeners.add(listener);
			return () => resizeListeners.delete(listener);
		},
		suspend: () =>
			new Promise<void>((resolve) => {
				stdin.setRawMode(false);
				process.once('SIGCONT', () => {
					process.on('SIGTSTP', onStop);
					stdin.setRawMode(true);
					resolve();
				});
				// Stopped the way the shell expects (SIGTSTP, our own handler let go of first), or
				// where it would be dropped, by SIGSTOP, which cannot be.
				process.off('SIGTSTP', onStop);
				process.kill(process.pid, isOrphaned() ? 'SIGSTOP' : 'SIGTSTP');
			}),
	};

	stdin.setRawMode(true);
	running = start(session);
	const app = running;
	const handlers = fatalSignals.map((signal) => {
		const handler = () => app.stop(128 + constants.signals[signal]);
		process.on(signal, handler);
		return [signal, handler] as const;
	});
	process.on('SIGTSTP', onStop);
	// `process.exit` from elsewhere (a closed pipe): the terminal is restored as the process ends.
	const atExit = () => app.stop(1);
	process.once('exit', atExit);
	// An error no one caught (a key handler's): the terminal first, then the error to the caller.
	let crash: (error: unknown) => void = () => undefined;
	const crashed = new Promise<never>((_, reject) => {
		crash = (error) => {
			app.stop(1);
			reject(error);
		};
	});
	process.once('uncaughtException', crash);
	try {
		return await Promise.race([app.exited, crashed]);
	} finally {
		clearInterval(poll);
		stdout.off('resize', resized);
		for (const [signal, handler] of handlers) {
			process.off(signal, handler);
		}

		process.off('SIGTSTP', onStop);
		process.off('exit', atExit);
		process.off('uncaughtException', crash);
		stdin.setRawMode(false);
		stdin.pause();
	}
}
