import {render} from 'ink';
import App from './components/app.js';
import type {Resume} from './resume.js';
import Screen from './screen.js';
import {terminal} from './terminal.js';
import type {Theme} from './theme.js';

const signals = {SIGHUP: 1, SIGINT: 2, SIGTERM: 15} as const;

/**
Runs the app full screen in the alternate screen buffer and resolves with the exit code.
Whatever ends it (q, Ctrl+C, a signal, an error), the terminal is left as it was found.
*/
export default async function runInteractive(resume: Resume, theme: Theme): Promise<number> {
	const {stdout, stdin} = process;
	const screen = new Screen(stdout);
	const app = () => <App resume={resume} theme={theme} columns={screen.columns} rows={screen.rows} />;
	stdout.write(terminal.enter);
	const instance = render(app(), {
		stdout: screen as unknown as NodeJS.WriteStream,
		stdin,
		exitOnCtrlC: false,
		patchConsole: false,
		// Ink draws at most 30 frames a second by default: a key could wait 33 ms for its frame.
		maxFps: 120,
	});

	let restored = false;
	const restore = () => {
		if (!restored) {
			restored = true;
			instance.unmount();
			stdin.setRawMode?.(false);
			stdout.write(terminal.leave);
		}
	};

	// A terminal reflows the old frame as it resizes: start again from a clear screen.
	const resize = () => {
		stdout.write(terminal.clear);
		screen.update();
		instance.rerender(app());
	};

	const handlers = Object.entries(signals).map(([signal, number]) => {
		const handler = () => {
			restore();
			process.exit(128 + number);
		};

		process.on(signal, handler);
		return [signal, handler] as const;
	});
	stdout.on('resize', resize);
	try {
		const code = await instance.waitUntilExit();
		return typeof code === 'number' ? code : 0;
	} finally {
		stdout.off('resize', resize);
		for (const [signal, handler] of handlers) {
			process.off(signal, handler);
		}

		restore();
	}
}
