import {render} from 'ink-testing-library';
import loadResumes from '../source/content/load-resumes.js';
import type {Language} from '../source/model/language.js';
import createTheme, {type Theme} from '../source/theme/theme.js';
import App from '../source/ui/components/app.js';
import {initialState} from '../source/ui/state.js';

/** The résumé in both languages, from the real content. */
export const resumes = loadResumes('content');

/** How to start the app in a test: Chinese, no colour, the first entry, unless told otherwise. */
export type DrawOptions = {readonly language?: Language; readonly theme?: Theme; readonly selected?: number};

/** The app as an element of a given size: for `render`, and for `rerender` after a resize. */
export const appAt = (columns: number, rows: number, {language = 'zh', theme, selected = 0}: DrawOptions = {}) => (
	<App
		resumes={resumes}
		theme={theme ?? createTheme(false)}
		columns={columns}
		rows={rows}
		initial={initialState(language, selected)}
	/>
);

/** Renders the app at a size with ink-testing-library. */
export const draw = (columns: number, rows: number, options?: DrawOptions) => render(appAt(columns, rows, options));
