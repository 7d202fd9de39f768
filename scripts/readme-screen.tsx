import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import {initialState} from '../source/keys/state.js';
import type {Language} from '../source/model/language.js';
import type {Resumes} from '../source/model/resume.js';
import KeyFeed from '../source/terminal/key-feed.js';
import createTheme from '../source/theme/theme.js';
import App from '../source/ui/components/app.js';
import prepareInline from '../source/ui/entries/prepare-inline.js';

/**
The app's first frame at `columns` × `rows`, on entry `selected` (from 0) with the menu
focused, as a terminal without colour shows it: the README's picture in text. The first
frame is drawn when the app mounts, so it is there as soon as `render` returns.
*/
export default function appScreen(
	resumes: Resumes,
	language: Language,
	columns: number,
	rows: number,
	selected: number,
): string {
	const theme = createTheme({colorLevel: 0, background: 'dark', unicode: true, hyperlinks: false});
	const app = render(
		<App
			resumes={resumes}
			inline={prepareInline(resumes)}
			theme={theme}
			columns={columns}
			rows={rows}
			initial={initialState(language, selected)}
			keys={new KeyFeed()}
			door="local"
		/>,
	);
	try {
		const frame = stripVTControlCharacters(app.lastFrame() ?? '');
		if (frame.split('\n').length !== rows) {
			throw new Error(`the app's first frame at ${columns}×${rows} is not whole:\n${frame}`);
		}

		return frame;
	} finally {
		app.unmount();
	}
}
