import {Text} from 'ink';
import type {Theme} from '../../theme/theme.js';
import type {Framed} from '../layout/layout.js';
import Frame, {scrollPosition} from './frame.js';

/** Props of the Panel. */
export type PanelProps = {
	readonly title: string;
	/** The entry's text, already wrapped to the panel's text width. */
	readonly lines: readonly string[];
	/** The first line shown. */
	readonly scroll: number;
	readonly focused: boolean;
	readonly area: Framed;
	readonly theme: Theme;
};

/** The selected entry's text, a window of it when it is longer than the frame. */
export default function Panel({title, lines, scroll, focused, area, theme}: PanelProps) {
	const rows = area.textRows;
	const shown = lines.slice(scroll, scroll + rows);
	const note = scrollPosition(scroll, shown.length, lines.length, rows);
	return (
		<Frame title={title} width={area.width} height={area.height} focused={focused} note={note} theme={theme}>
			{shown.map((line, index) => (
				// Lines are positional: the same text can stand on two rows.
				// biome-ignore lint/suspicious/noArrayIndexKey: a line is its position.
				<Text key={index} wrap="truncate">
					{line === '' ? ' ' : line}
				</Text>
			))}
		</Frame>
	);
}
