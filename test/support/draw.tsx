import {afterEach} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import {cleanup, render} from 'ink-testing-library';
import {initialState} from '../../source/keys/state.js';
import type {Door} from '../../source/model/door.js';
import type {Language} from '../../source/model/language.js';
import KeyFeed from '../../source/terminal/key-feed.js';
import createTheme, {type Theme} from '../../source/theme/theme.js';
import App from '../../source/ui/components/app.js';
import prepareInline from '../../source/ui/entries/prepare-inline.js';
import fixtureResumes from './fixture-resumes.js';
import {bytesFor} from './key-bytes.js';
import poll from './poll.js';

/** The tests' own résumé in both languages (test/fixtures/resume): behaviour tests never read content/. */
export const resumes = fixtureResumes;

/** What the app shows, prepared as the build prepares it. */
export const content = {resumes, inline: prepareInline(resumes)};

/** How to start the app in a test: Chinese, no colour, the first entry, at the local door, unless told otherwise. */
export type DrawOptions = {
	readonly language?: Language;
	readonly theme?: Theme;
	readonly selected?: number;
	readonly door?: Door;
};

/** The theme of a terminal without colour or links; `unicode: false` for ASCII. */
export const plainTheme = ({unicode = true} = {}) =>
	createTheme({colorLevel: 0, background: 'dark', unicode, hyperlinks: false});

let unmounting = false;

/**
Every app rendered by a test is unmounted after it. Called at a file's top level the hook is the
root's, run after every test of the process, so it is registered once: test/app.test.ts imports
all of test/app/ into one process, and each file still calls this to run alone.
*/
export function unmountAfterEach(): void {
	if (unmounting) {
		return;
	}

	unmounting = true;
	afterEach(() => {
		cleanup();
	});
}

/**
Renders the app at a size with ink-testing-library. `keys.write` takes the bytes a terminal
sends, parsed as the app's real input is; `press` takes key names; `resize` draws it at another size.
*/
export function draw(
	columns: number,
	rows: number,
	{language = 'zh', theme, selected = 0, door = 'local'}: DrawOptions = {},
) {
	const keys = new KeyFeed();
	const initial = initialState(language, selected);
	const appAt = (width: number, height: number) => (
		<App
			resumes={resumes}
			inline={content.inline}
			theme={theme ?? plainTheme()}
			columns={width}
			rows={height}
			initial={initial}
			keys={keys}
			door={door}
		/>
	);
	const rendered = render(appAt(columns, rows));
	/** The last frame as a person reads it: the theme's bold and inverse taken out. */
	const lastFrame = () => stripVTControlCharacters(rendered.lastFrame() ?? '');
	return {
		...rendered,
		lastFrame,
		/** The last frame with its styles. */
		styledFrame: () => rendered.lastFrame() ?? '',
		keys,
		resize: (width: number, height: number) => rendered.rerender(appAt(width, height)),
		/** Sends the bytes of key names from the key table, in one write. */
		press: (...names: string[]) => keys.write(names.map((name) => bytesFor(name)).join('')),
		/** Waits until `check` passes on the last frame, and returns it; fails after `timeout` ms with the last one. */
		waitFor: (check: (frame: string) => boolean, timeout = 2000, what = 'the frame to match') =>
			poll(lastFrame, check, {timeout, interval: 5, what, describe: (frame) => frame}),
	};
}
