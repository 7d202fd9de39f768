import {Text} from 'ink';
import {hints} from '../keys.js';
import type {Theme} from '../theme.js';

/** Props of the Footer. */
export type FooterProps = {
	readonly focus: 'menu' | 'panel';
	readonly theme: Theme;
};

/** The keys that work where the focus is, from the key table. */
export default function Footer({focus, theme}: FooterProps) {
	return (
		<Text wrap="truncate">
			{hints(focus).map(({keys, action}, index) => (
				<Text key={keys}>
					{index === 0 ? ' ' : '  '}
					<Text bold>{keys}</Text>
					<Text color={theme.muted}>{` ${action}`}</Text>
				</Text>
			))}
		</Text>
	);
}
