import {Text} from 'ink';
import type {Strings} from '../../strings/index.js';
import type {Theme} from '../../theme/theme.js';
import fitHints from '../fit-hints.js';
import {hints} from '../keys.js';

/** Props of the Footer. */
export type FooterProps = {
	readonly focus: 'menu' | 'panel';
	/** Whether the help screen is open: then the footer says how to close it. */
	readonly help: boolean;
	readonly strings: Strings;
	readonly width: number;
	readonly theme: Theme;
};

/** The keys that work where the focus is, from the key table, in the interface's language. */
export default function Footer({focus, help, strings, width, theme}: FooterProps) {
	if (help) {
		return (
			<Text wrap="truncate" color={theme.muted}>
				{` ${theme.glyphs.text(strings.helpScreen.close)}`}
			</Text>
		);
	}

	const shown = hints(focus).map((hint) => ({
		keys: theme.glyphs.text(hint.keys),
		action: theme.glyphs.text(strings.actions[hint.action]),
		always: hint.always === true,
	}));
	return (
		<Text wrap="truncate">
			{fitHints(shown, width).map(({keys, action}, index) => (
				<Text key={keys}>
					{index === 0 ? ' ' : '  '}
					<Text bold>{keys}</Text>
					<Text color={theme.muted}>{` ${action}`}</Text>
				</Text>
			))}
		</Text>
	);
}
