import {PassThrough} from 'node:stream';
import {render} from 'ink';
import type {Resumes} from '../model/resume.js';
import stringsFor from '../strings/index.js';
import {codes} from '../terminal/codes.js';
import KeyFeed from '../terminal/key-feed.js';
import Screen from '../terminal/screen.js';
import type {Running, TerminalSession} from '../terminal/session.js';
import createTheme from '../theme/theme.js';
import App from './components/app.js';
import toEntries, {entryIndex} from './entries.js';
import type {PreparedInline} from './prepare-inline.js';
import {initialState} from './state.js';

/** What the app shows: the résumé in each language, and its inline Markdown as the build prepared it. */
export type AppContent = {readonly resumes: Resumes; readonly inline: PreparedInline};

/** Where the app starts: the entry of a `--section` name, if one is given. */
export type RunOptions = {readonly section?: string | undefined};

/**
Runs the app full screen on one terminal session: in its alternate screen, with its keys,
its size and its capabilities. Whatever ends it (q, Ctrl+C, `stop`, an error), the
terminal is left as it was found.
*/
export default function runApp(
	{resumes, inline}: AppContent,
	session: TerminalSession,
	{section}: RunOptions = {},
): Running {
	const {capabilities, output} = session;
	const {language} = capabilities;
	const theme = createTheme(capabilities);
	const screen = new Screen(output, session.size());
	// An error in the app's key handling ends this app, with the error, and no other.
	let failure: {error: unknown} | undefined;
	const keys = new KeyFeed({
		input: session.input,
		onError(error) {
			failure ??= {error};
			release();
			instance.unmount();
		},
	});
	const entries = toEntries(resumes[language], stringsFor(language));
	const selected = section === undefined ? 0 : entryIndex(entries, resumes[language], section);
	const initial = initialState(language, selected);
	let ended = false;
	let stopCode: number | undefined;
	let suspended = false;

	const suspend = async () => {
		if (session.suspend === undefined || ended || suspended) {
			return;
		}

		suspended = true;
		const stopped = await session.suspend(() => output.write(codes.leave));
		suspended = false;
		if (stopped && !ended) {
			output.write(codes.enter);
			redraw();
		}
	};

	const app = () => (
		<App
			resumes={resumes}
			inline={inline}
			theme={theme}
			columns={screen.columns}
			rows={screen.rows}
			initial={initial}
			keys={keys}
			onExit={() => screen.close()}
			{...(session.suspend ? {onSuspend: suspend} : {})}
		/>
	);

	output.write(codes.enter);
	const instance = render(app(), {
		stdout: screen as unknown as NodeJS.WriteStream,
		// The keys come from the session; Ink's own input is never read.
		stdin: new PassThrough() as unknown as NodeJS.ReadStream,
		stderr: new PassThrough() as unknown as NodeJS.WriteStream,
		// Each frame whole, at once, to the screen, which draws what changed.
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});

	// The size now, drawn as a fresh start at that size would be.
	function redraw() {
		screen.resize(session.size());
		instance.rerender(app());
		screen.refresh();
	}

	const stopResizing = session.onResize(() => {
		if (!suspended) {
			redraw();
		}
	});

	// Gives the terminal back, once: keys stop, no frame is drawn after it.
	const release = () => {
		if (!ended) {
			ended = true;
			stopResizing();
			keys.close();
			screen.close();
			output.write(codes.leave);
		}
	};

	const exited = instance.waitUntilExit().then(
		(code) => {
			release();
			if (failure) {
				throw failure.error;
			}

			return stopCode ?? (typeof code === 'number' ? code : 0);
		},
		(error: unknown) => {
			release();
			throw error;
		},
	);

	return {
		exited,
		stop(code) {
			stopCode ??= code;
			release();
			instance.unmount();
		},
		suspend,
	};
}
