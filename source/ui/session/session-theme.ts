import askBackground from '../../terminal/ask-background.js';
import type {KeySource} from '../../terminal/key-feed.js';
import type {TerminalSession} from '../../terminal/session.js';
import createTheme, {type Theme} from '../../theme/theme.js';

/**
The theme of a session: at once where its background is known (or it has no colour, and
no background to choose for); else a promise of it, once the terminal has answered on the
session (or not: dark, the common case) within `wait` ms.
*/
export default function sessionTheme(session: TerminalSession, keys: KeySource, wait: number): Theme | Promise<Theme> {
	const {capabilities} = session;
	const known = capabilities.colorLevel === 0 ? 'dark' : capabilities.background;
	if (known !== 'unknown') {
		return createTheme({...capabilities, background: known});
	}

	return askBackground(session.output, keys, capabilities.multiplexer, wait).then((background) =>
		createTheme({...capabilities, background: background ?? 'dark'}),
	);
}
