import {constants} from 'node:os';
import process from 'node:process';
import {fallbackSize} from '../text/sizes.js';
import {hasControllingTerminal, isOrphaned} from './job-control.js';
import type {Capabilities, Running, TerminalSession} from './session.js';

// Signals whose default action ends the process; each ends the app with 128 + its number,
// the terminal restored. SIGUSR1 is Node's: it would start the inspector, which writes
// "Debugger listening" over the frame; the app is no debug target, so it is ignored while the
// app runs (a listener of its own is what keeps Node's away). SIGPROF is V8's (its CPU
// profiler); SIGKILL and SIGSTOP cannot be caught; SIGSEGV and its kind leave nothing safe to run.
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
	'SIGIO',
	'SIGPWR',
	'SIGSYS',
] as const satisfies readonly NodeJS.Signals[];

/**
Runs the app on the process's own terminal, and gives the terminal back on every way out:
q and Ctrl+C through the app, every signal that would end the process (exit 128 + N), an
error (rejected, for the caller to report), `process.exit` from elsewhere, the terminal
going away. Ctrl+Z and SIGTSTP suspend it as less and vim do, under a shell with job
control; SIGCONT resumes it at the size of the moment.
*/
export default async function runOnLocalTerminal(
	capabilities: Capabilities,
	start: (session: TerminalSession) => Running,
): Promise<number> {
	const {stdin, stdout} = process;
	const resizeListeners = new Set<() => void>();
	const resized = () => {
		for (const listener of resizeListeners) {
			listener();
		}
	};

	const size = () => ({columns: stdout.columns || fallbackSize.columns, rows: stdout.rows || fallbackSize.rows});
	// Without a controlling terminal no SIGWINCH comes: the size is asked for a few times a
	// second. Node answers getWindowSize from what it last heard; _refreshSize asks the
	// terminal, as Node's own SIGWINCH handler does, and emits 'resize' when it changed.
	const refresh = (stdout as typeof stdout & {_refreshSize?: () => void})._refreshSize?.bind(stdout);
	const poll = hasControllingTerminal() || refresh === undefined ? undefined : setInterval(refresh, 200);
	stdout.on('resize', resized);

	let running: Running | undefined;
	const onStop = () => void running?.suspend();
	const rawMode = (on: boolean) => {
		try {
			stdin.setRawMode(on);
		} catch {
			// The terminal went away while the app was stopped: its end is seen on the input.
		}
	};

	const session: TerminalSession = {
		input: stdin,
		output: stdout,
		capabilities,
		size,
		onResize(listener) {
			resizeListeners.add(listener);
			return () => resizeListeners.delete(listener);
		},
		async suspend(beforeStop) {
			// Where no shell could continue a stopped job (tmux new-window, ssh host command),
			// Ctrl+Z does nothing, as the kernel does with SIGTSTP there: stopped, the app could
			// never come back. Asked now, not at start: it reads every process's stat.
			if (isOrphaned()) {
				return false;
			}

			beforeStop();
			rawMode(false);
			return new Promise<boolean>((resolve) => {
				process.once('SIGCONT', () => {
					process.on('SIGTSTP', onStop);
					rawMode(true);
					// A resize while stopped sent its SIGWINCH to the shell, not to us: ask.
					refresh?.();
					resolve(true);
				});
				// The whole process group stops, as the shell expects of a job: npx or npm
				// above the app stop with it. Our own handler is let go of first.
				process.off('SIGTSTP', onStop);
				process.kill(0, 'SIGTSTP');
			});
		},
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
	const ignore = () => undefined;
	process.on('SIGUSR1', ignore);

	// The terminal is gone (its input ended): as a hangup.
	const hangUp = () => app.stop(128 + constants.signals.SIGHUP);
	stdin.once('end', hangUp);
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
		process.off('SIGUSR1', ignore);
		process.off('exit', atExit);
		stdin.off('end', hangUp);
		process.off('uncaughtException', crash);
		rawMode(false);
		stdin.pause();
	}
}
