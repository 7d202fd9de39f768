import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import stringWidth from '../../text/string-width.js';
import truncate from '../../text/truncate.js';
import type {Theme} from '../../theme/theme.js';

/** Props of a Frame. */
export type FrameProps = {
	readonly title: string;
	readonly width: number;
	readonly height: number;
	readonly focused: boolean;
	/** Text set into the bottom border on the right, such as the scroll position. */
	readonly note?: string | undefined;
	readonly theme: Theme;
	readonly children: ReactNode;
};

/** A border with a title in its top edge and an optional note in its bottom edge. */
export default function Frame({title, width, height, focused, note, theme, children}: FrameProps) {
	const set = focused ? theme.glyphs.focused : theme.glyphs.blurred;
	const color = focused ? theme.accent : theme.muted;
	const truncationCharacter = theme.glyphs.ellipsis;
	const label = truncate(title, Math.max(1, width - 6), truncationCharacter);
	const [topLeft, horizontal, topRight] = set.top;
	const [bottomLeft, , bottomRight] = set.bottom;
	const fill = (used: number) => horizontal.repeat(Math.max(0, width - used));
	const tail = note ? truncate(` ${theme.glyphs.text(note)} `, Math.max(0, width - 4), truncationCharacter) : '';

	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text wrap="truncate">
				<Text color={color}>{`${topLeft}${horizontal} `}</Text>
				<Text bold inverse={focused && !theme.color}>
					{label}
				</Text>
				<Text color={color}>{` ${fill(stringWidth(label) + 5)}${topRight}`}</Text>
			</Text>
			<Box
				// Ink keeps a stale top border when only the border style changes: draw anew.
				key={set.side}
				borderStyle={set.box}
				borderTop={false}
				borderBottom={false}
				borderColor={color}
				paddingX={1}
				height={height - 2}
				flexDirection="column"
				overflow="hidden"
			>
				{children}
			</Box>
			<Text wrap="truncate" color={color}>
				{`${bottomLeft}${fill(stringWidth(tail) + 3)}${tail}${horizontal}${bottomRight}`}
			</Text>
		</Box>
	);
}
