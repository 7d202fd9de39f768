import {Text} from 'ink';
import {keyRows} from '../../cli/help-text.js';
import type {Strings} from '../../strings/index.js';
import truncate from '../../text/truncate.js';
import type {Theme} from '../../theme/theme.js';
import layoutHelp from '../help-layout.js';
import Frame from './frame.js';

/** Props of the HelpScreen. */
export type HelpScreenProps = {
	readonly strings: Strings;
	readonly width: number;
	readonly height: number;
	readonly theme: Theme;
};

/** Every key, by where it works, printed from the key table as the footer is. */
export default function HelpScreen({strings, width, height, theme}: HelpScreenProps) {
	const {text} = theme.glyphs;
	const groups = keyRows(strings).map(({scope, rows}) => ({
		scope: text(scope),
		rows: rows.map(([label, description]) => [text(label), text(description)] as const),
	}));
	const textWidth = Math.max(1, width - 4);
	const lines = layoutHelp(groups, textWidth, Math.max(0, height - 2), theme.glyphs.ellipsis);
	return (
		<Frame title={text(strings.helpScreen.title)} width={width} height={height} focused theme={theme}>
			{lines.map((cells, row) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: a line is its position.
				<Text key={row} wrap="truncate">
					{cells.map(({text, heading}, index) => (
						// biome-ignore lint/suspicious/noArrayIndexKey: a cell is its column.
						<Text key={index} bold={heading} color={heading ? theme.accent : undefined}>
							{cells.length === 1 ? truncate(text, textWidth, theme.glyphs.ellipsis) : text}
						</Text>
					))}
				</Text>
			))}
		</Frame>
	);
}
