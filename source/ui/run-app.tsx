import {writeSync} from 'node:fs';
import {render} from 'ink';
import type {Resumes} from '../content/load-resumes.js';
import type {Language} from '../model/language.js';
import stringsFor from '../strings/index.js';
import {terminal} from '../terminal/codes.js';
import Screen from '../terminal/screen.js';
import type {Theme} from '../theme/theme.js';
import App from './components/app.js';
import toSections, {entryIndex} from './entries.js';
import {initialState} from './state.js';

const signals = {SIGHUP: 1, SIGINT: 2, SIGTERM: 15} as const;

/** How the app starts: its language, its theme, and the section to open on, if asked. */
export type Start = {readonly language: Language; readonly theme: Theme; readonly section?: string};

/**
Runs the app full screen in the alternate screen buffer and resolves with the exit code.
Whatever ends it (q, Ctrl+C, a signal, an error), the terminal is left as it was found.
*/
export default async function runInteractive(resumes: Resumes, {language, theme, section}: Start): Promise<number> {
	const {stdout, stdin} = process;
	const screen = new Screen(stdout);
	const sections = toSections(resumes[language], stringsFor(language));
	const initial = initialState(language, section === undefined ? 0 : entryIndex(sections, section));
	const app = () => (
		<App resumes={resumes} theme={theme} columns={screen.columns || 80} rows={screen.rows || 24} initial={initial} />
	);
	let instance: ReturnType<typeof render> | undefined;
	let restored = false;
	const restore = () => {
		if (!restored) {
			restored = true;
			instance?.unmount();
			stdin.setRawMode?.(false);
			try {
				// Synchronous: this also runs from the 'exit' event, when nothing asynchronous does.
				writeSync(stdout.fd, terminal.leave);
			} catch {
				// The terminal is gone: there is nothing left to restore.
			}
		}
	};

	// An error thrown from a key handler is not React's to catch: leave the full screen
	// first, so that its one line stays on the terminal the user returns to.
	const crash = (error: Error) => {
		restore();
		process.stderr.write(`manjusaka: ${error.message}\n`);
		process.exit(1);
	};

	// Every way out passes here: process.exit elsewhere (a closed terminal), a signal that
	// only Ink's signal-exit hears.
	process.once('exit', restore);
	process.once('uncaughtException', crash);
	stdout.write(terminal.enter);
	instance = render(app(), {
		stdout: screen as unknown as NodeJS.WriteStream,
		stdin,
		exitOnCtrlC: false,
		patchConsole: false,
		// Ink draws at most 30 frames a second by default: a key could wait 33 ms for its frame.
		maxFps: 120,
	});
	const shown = instance;

	// A terminal reflows the old frame as it resizes: start again from a clear screen.
	const resize = () => {
		stdout.write(terminal.clear);
		screen.update();
		shown.rerender(app());
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
		const code = await shown.waitUntilExit();
		return typeof code === 'number' ? code : 0;
	} finally {
		stdout.off('resize', resize);
		for (const [signal, handler] of handlers) {
			process.off(signal, handler);
		}

		process.off('exit', restore);
		process.off('uncaughtException', crash);
		restore();
	}
}
