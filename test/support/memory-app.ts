import process from 'node:process';
import type {Running} from '../../source/terminal/session.js';
import prepareInline from '../../source/ui/entries/prepare-inline.js';
import runApp, {type AppContent, type RunOptions} from '../../source/ui/session/run-app.js';
import fixtureResumes from './fixture-resumes.js';
import {bytesFor} from './key-bytes.js';
import MemoryTerminal, {type MemoryTerminalOptions} from './memory-terminal.js';
import {waitForScreen} from './screen-waits.js';

// Each app listens for the process's 'beforeExit' until it ends (Ink's waitUntilExit), and tests
// run a dozen at once in one process, as the server does: Node's warning past 10 is not news here.
process.setMaxListeners(Math.max(process.getMaxListeners(), 50));

/** The tests' own résumé, prepared as the build prepares it: what the app shows in these tests. */
export const fixtureApp: AppContent = {resumes: fixtureResumes, inline: prepareInline(fixtureResumes)};

/** The app on a terminal in memory, driven as `play` drives a pseudo-terminal: key names in, screens out. */
export type MemoryApp = {
	readonly terminal: MemoryTerminal;
	readonly running: Running;
	/** Sends the bytes of key names from the key table, in one read. */
	press(...names: string[]): void;
	/** Sends bytes as they are. */
	write(bytes: string): void;
	/** The screen's text now. */
	text(): string;
	/** Waits until a whole frame passes `predicate`, and returns its text. */
	waitFor(predicate: (text: string) => boolean, timeout?: number, what?: string): Promise<string>;
	/** Waits until the screen shows `text`. */
	waitForText(text: string): Promise<string>;
};

/** Runs the app on the fixture in a terminal in memory (Chinese unless told), and always ends it and frees the terminal. */
export async function withMemoryApp<T>(
	options: MemoryTerminalOptions,
	body: (app: MemoryApp) => Promise<T>,
	run: RunOptions = {},
): Promise<T> {
	const terminal = new MemoryTerminal(options);
	const running = runApp(fixtureApp, terminal.session, run);
	const app: MemoryApp = {
		terminal,
		running,
		press: (...names) => terminal.press(names.map((name) => bytesFor(name)).join('')),
		write: (bytes) => terminal.press(bytes),
		text: () => terminal.screen.text(),
		waitFor: (predicate, timeout = 10_000, what = 'the screen to match') =>
			waitForScreen(terminal.screen, predicate, {timeout, what}),
		waitForText: (text) => terminal.waitForText(text),
	};
	try {
		return await body(app);
	} finally {
		running.stop(1);
		await running.exited.catch(() => undefined);
		terminal.dispose();
	}
}
