import {exitCodes} from '../../keys/handle-key.js';
import {initialState} from '../../keys/state.js';
import type {Door} from '../../model/door.js';
import type {Language} from '../../model/language.js';
import type {Resumes} from '../../model/resume.js';
import stringsFor from '../../strings/index.js';
import copySequence from '../../terminal/clipboard.js';
import {codes} from '../../terminal/codes.js';
import heldKeys from '../../terminal/held-keys.js';
import KeyFeed from '../../terminal/key-feed.js';
import Screen from '../../terminal/screen.js';
import type {Running, TerminalSession} from '../../terminal/session.js';
import App, {type Notice} from '../components/app.js';
import toEntries, {entryIndex} from '../entries/entries.js';
import type {PreparedInline} from '../entries/prepare-inline.js';
import cardBytes from './card-bytes.js';
import renderOnScreen from './render-on-screen.js';
import sessionTheme from './session-theme.js';

/** What the app shows: the résumé in each language, and its inline Markdown as the build prepared it. */
export type AppContent = {readonly resumes: Resumes; readonly inline: PreparedInline};

/**
Where the app starts (a `--section` name); how many ms to wait for the terminal to say its
background (100); how the reader came, for the keys its help lists and the card after `q` (local).
*/
export type RunOptions = {
	readonly section?: string | undefined;
	readonly backgroundWait?: number;
	readonly door?: Door;
};

/**
Runs the app full screen on one terminal session: in its alternate screen, with its keys,
its size and its capabilities. Whatever ends it (q, Ctrl+C, `stop`, an error), the
terminal is left as it was found.
*/
export default function runApp(
	{resumes, inline}: AppContent,
	session: TerminalSession,
	{section, backgroundWait = 100, door = 'local'}: RunOptions = {},
): Running {
	const {capabilities, output} = session;
	const {language} = capabilities;
	const screen = new Screen(output, session.size());
	// An error in the app's key handling ends this app, with the error, and no other.
	let failure: {error: unknown} | undefined;
	const keys = new KeyFeed({
		input: session.input,
		admit: session.admit,
		onError(error) {
			failure ??= {error};
			release();
			instance.unmount();
		},
	});
	// The view listens once it is drawn: what is typed before is kept for it.
	const viewKeys = heldKeys(keys);
	const entries = toEntries(resumes[language], stringsFor(language));
	const selected = section === undefined ? 0 : entryIndex(entries, resumes[language], section);
	const initial = initialState(language, selected);
	let ended = false;
	let stopCode: number | undefined;
	// The language shown when q ended the app: the card after it is in that language.
	let quitIn: Language | undefined;
	let suspended = false;
	let notice: Notice | undefined;

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

	const app = () =>
		theme && (
			<App
				resumes={resumes}
				inline={inline}
				theme={theme}
				columns={screen.columns}
				rows={screen.rows}
				initial={initial}
				keys={viewKeys}
				door={door}
				onExit={(code, shown) => {
					screen.close();
					quitIn = code === exitCodes.quit ? shown : undefined;
				}}
				onCopy={(text) => output.write(copySequence(text, capabilities.multiplexer))}
				notice={notice}
				{...(session.suspend ? {onSuspend: suspend} : {})}
			/>
		);

	output.write(codes.enter);
	const themed = sessionTheme(session, keys, backgroundWait);
	// Until the terminal has said its background (or the wait is over), nothing is drawn.
	let theme = themed instanceof Promise ? undefined : themed;
	const instance = renderOnScreen(app(), screen);

	// The size now, drawn as a fresh start at that size would be.
	function redraw() {
		screen.resize(session.size());
		instance.rerender(app());
		screen.refresh();
	}

	if (themed instanceof Promise) {
		void themed.then((found) => {
			if (!ended) {
				theme = found;
				instance.rerender(app());
			}
		});
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

			// Only q leaves a card, on the normal screen: not Ctrl+C, a signal or `stop`.
			if (quitIn !== undefined && stopCode === undefined && theme !== undefined) {
				output.write(cardBytes(resumes, quitIn, theme, door));
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
		notice(message) {
			notice = message;
			if (!ended) {
				instance.rerender(app());
			}
		},
	};
}
