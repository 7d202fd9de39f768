// What the benches share: a reader's environment, medians, and a command run in an 80×24
// pseudo-terminal whose output goes through a real terminal emulator, timed by the bytes it writes.
import {createServer} from 'node:net';
import process from 'node:process';
import xterm from '@xterm/headless';
import pty from 'node-pty';

/**
This process's environment as a reader's shell would give it, with `extra`: without the
NODE_* variables of this machine (NODE_EXTRA_CA_CERTS makes each Node 20 start read a
certificate bundle first, which a reader's machine does not do), without npm's own
(`npm run` sets them), without CI (Ink draws only the last frame when it is set) and
without the locale overrides (the patterns are the English interface's).
*/
export const readerEnv = (extra) => ({
	...Object.fromEntries(
		Object.entries(process.env).filter(
			([name]) =>
				!name.startsWith('NODE_') && !name.startsWith('npm_') && !['LC_ALL', 'LC_MESSAGES', 'CI'].includes(name),
		),
	),
	TERM: 'xterm-256color',
	LANG: 'en_US.UTF-8',
	...extra,
});

/** The environment for a server the benches start: this one's, without the NODE_* variables of this machine. */
export const serverEnv = () =>
	Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NODE_')));

/** The end of a synchronized update: the app sends one with every frame. */
export const frameEnd = '\u001B[?2026l';

export const sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** A port nobody listens on now, on the loopback. */
export const freePort = () =>
	new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const {port} = probe.address();
			probe.close(() => resolve(port));
		});
	});

export const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** `measure` run `runs` times one after another; the median of what it gives. */
export async function repeat(runs, measure) {
	const values = [];
	for (let index = 0; index < runs; index++) {
		values.push(await measure());
	}

	return median(values);
}

/** A command in an 80×24 pseudo-terminal, started now, in `cwd` if given. */
export function terminal(file, args, env, cwd) {
	const screen = new xterm.Terminal({cols: 80, rows: 24, allowProposedApi: true});
	const child = pty.spawn(file, args, {cols: 80, rows: 24, env, ...(cwd ? {cwd} : {})});
	// The emulator answers what a terminal answers (the device attributes the app asks for
	// with its background question), as a reader's terminal does: no wait is measured that a
	// real terminal would not make.
	screen.onData((answer) => child.write(answer));
	const started = performance.now();
	const text = () => {
		const lines = [];
		for (let row = 0; row < screen.rows; row++) {
			lines.push(screen.buffer.active.getLine(row)?.translateToString(true) ?? '');
		}

		return lines.join('\n');
	};

	// Event-driven, never polling: on a 2-core machine a polling loop takes the core the
	// program under measure needs. Each check runs when the emulator has parsed new bytes.
	let checks = [];
	let framesEnded = 0;
	child.onData((data) => {
		// Ink wraps each frame in a synchronized update; its end marks a frame written whole.
		framesEnded += data.split('\u001B[?2026l').length - 1;
		const arrived = performance.now();
		screen.write(data, () => {
			checks = checks.filter((check) => !check(arrived));
		});
	});
	const until = (done) =>
		new Promise((resolve) => {
			checks.push((arrived) => {
				const value = done(arrived);
				if (value !== undefined) {
					resolve(value);
				}

				return value !== undefined;
			});
		});
	const exited = new Promise((resolve) => child.onExit(resolve));
	// Milliseconds until the screen shows `pattern`, counted to the arrival of the bytes that drew it.
	const waitFor = (pattern, since = started) =>
		pattern.test(text())
			? Promise.resolve(0)
			: until((arrived) => (pattern.test(text()) ? arrived - since : undefined));
	// Milliseconds until the end of the next frame.
	const nextFrame = (since) => {
		const before = framesEnded;
		return until((arrived) => (framesEnded > before ? arrived - since : undefined));
	};

	return {child, waitFor, nextFrame, exited, press: (bytes) => child.write(bytes)};
}

/** Milliseconds from starting a command in a terminal until the screen shows `pattern`; then it is ended. */
export async function firstFrame(file, args, env, pattern, cwd) {
	const session = terminal(file, args, env, cwd);
	const elapsed = await session.waitFor(pattern);
	session.child.kill();
	await session.exited;
	return elapsed;
}
