import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import stringWidth from '../../text/string-width.js';
import truncate from '../../text/truncate.js';
import type {Theme} from '../../theme/theme.js';
import {frameInsets} from '../layout/layout.js';

/** Where a window of `shown` lines from `scroll` is in `total`, in any language: `12–30 / 45`; nothing when all fit in `rows`. */
export function scrollPosition(scroll: number, shown: number, total: number, rows: number): string | undefined {
	return total > rows && rows > 0 ? `${scroll + 1}–${scroll + shown} / ${total}` : undefined;
}

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

/**
A border with a title in its top edge and an optional note in its bottom edge. The border is
text painted by the theme, not Ink's border, whose colours are the process's.
*/
export default function Frame({title, width, height, focused, note, theme, children}: FrameProps) {
	const set = focused ? theme.glyphs.focused : theme.glyphs.blurred;
	const line = focused ? theme.paint.accent : theme.paint.border;
	// The note is text, which needs more contrast than a line: muted where the frame is not focused.
	const noteText = focused ? theme.paint.accent : theme.paint.muted;
	const {ellipsis} = theme.glyphs;
	const label = truncate(title, Math.max(1, width - 6), ellipsis);
	const [topLeft, horizontal, topRight] = set.top;
	const [bottomLeft, , bottomRight] = set.bottom;
	const fill = (used: number) => horizontal.repeat(Math.max(0, width - used));
	const tail = note ? truncate(` ${theme.glyphs.text(note)} `, Math.max(0, width - 4), ellipsis) : '';
	const labelPaint = focused && !theme.color ? theme.paint.inverse : (text: string) => text;
	const rows = Math.max(0, height - 2 * frameInsets.rows);
	const side = line(Array.from({length: rows}, () => set.side).join('\n'));

	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text wrap="truncate">
				{line(`${topLeft}${horizontal} `)}
				{theme.paint.bold(labelPaint(label))}
				{line(` ${fill(stringWidth(label) + 5)}${topRight}`)}
			</Text>
			<Box flexDirection="row" height={rows}>
				<Text>{side}</Text>
				<Box
					width={width - 2 * frameInsets.border}
					paddingX={frameInsets.columns - frameInsets.border}
					flexDirection="column"
					overflow="hidden"
				>
					{children}
				</Box>
				<Text>{side}</Text>
			</Box>
			<Text wrap="truncate">
				{line(`${bottomLeft}${fill(stringWidth(tail) + 3)}`)}
				{noteText(tail)}
				{line(`${horizontal}${bottomRight}`)}
			</Text>
		</Box>
	);
}
