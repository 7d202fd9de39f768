import {Text} from 'ink';
import fitHints from '../fit-hints.js';
import {hints} from '../keys.js';
import type {Theme} from '../theme.js';

/** Props of the Footer. */
export type FooterProps = {
	readonly focus: 'menu' | 'panel';
	readonly width: number;
	readonly theme: Theme;
};

/** The keys that work where the focus is, from the key table. */
export default function Footer({focus, width, theme}: FooterProps) {
	return (
		<Text wrap="truncate">
			{fitHints(
				hints(focus).map((hint) => ({...hint, keys: theme.glyphs.text(hint.keys)})),
				width,
			).map(({keys, action}, index) => (
				<Text key={keys}>
					{index === 0 ? ' ' : '  '}
					<Text bold>{keys}</Text>
					<Text color={theme.muted}>{` ${action}`}</Text>
				</Text>
			))}
		</Text>
	);
}
