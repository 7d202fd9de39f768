import {Text} from 'ink';
import type {Strings} from '../../strings/index.js';
import type {Theme} from '../../theme/theme.js';
import fitHints from '../fit-hints.js';
import {type Focus, hints} from '../keys.js';

/** Props of the Footer. */
export type FooterProps = {
	readonly focus: Focus;
	/** Whether the help screen is open: then the footer says how to close it. */
	readonly help: boolean;
	readonly strings: Strings;
	readonly width: number;
	readonly theme: Theme;
};

/** The keys that work where the focus is, from the key table, in the interface's language. */
export default function Footer({focus, help, strings, width, theme}: FooterProps) {
	const {paint, glyphs} = theme;
	if (help) {
		return <Text wrap="truncate">{paint.muted(` ${glyphs.text(strings.helpScreen.close)}`)}</Text>;
	}

	const shown = hints(focus).map((hint) => ({
		keys: glyphs.text(hint.keys),
		action: glyphs.text(strings.actions[hint.action]),
		always: hint.always === true,
	}));
	const line = fitHints(shown, width)
		.map(({keys, action}, index) => `${index === 0 ? ' ' : '  '}${paint.bold(keys)}${paint.muted(` ${action}`)}`)
		.join('');
	return <Text wrap="truncate">{line}</Text>;
}
