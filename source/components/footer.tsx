import {Text} from 'ink';
import {hints} from '../keys.js';
import stringWidth from '../string-width.js';
import type {Theme} from '../theme.js';

/** Props of the Footer. */
export type FooterProps = {
	readonly focus: 'menu' | 'panel';
	readonly width: number;
	readonly theme: Theme;
};

/** The hints that fit in `width` columns, in table order; the last one (quit) always stays. */
export function fitHints(all: ReturnType<typeof hints>, width: number): ReturnType<typeof hints> {
	const cells = (hint: (typeof all)[number]) => stringWidth(`  ${hint.keys} ${hint.action}`);
	const last = all.at(-1);
	let used = 1 + (last ? cells(last) : 0);
	const fitted = all.slice(0, -1).filter((hint) => {
		used += cells(hint);
		return used <= width;
	});
	return last ? [...fitted, last] : fitted;
}

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
