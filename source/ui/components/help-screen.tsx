import {Text} from 'ink';
import type {Strings} from '../../strings/index.js';
import truncate from '../../text/truncate.js';
import type {Theme} from '../../theme/theme.js';
import layoutHelp from '../help-layout.js';
import {keyRows} from '../key-labels.js';
import type {Framed} from '../layout.js';
import Frame from './frame.js';

/** Props of the HelpScreen. */
export type HelpScreenProps = {
	readonly strings: Strings;
	readonly area: Framed;
	readonly theme: Theme;
};

/** Every key, by where it works, printed from the key table as the footer is. */
export default function HelpScreen({strings, area, theme}: HelpScreenProps) {
	const {text} = theme.glyphs;
	const groups = keyRows(strings).map(({scope, rows}) => ({
		scope: text(scope),
		rows: rows.map(([label, description]) => [text(label), text(description)] as const),
	}));
	const lines = layoutHelp(groups, area.textWidth, area.textRows, theme.glyphs.ellipsis);
	const heading = (cell: string) => theme.paint.bold(theme.paint.accent(cell));
	return (
		<Frame title={text(strings.helpScreen.title)} width={area.width} height={area.height} focused theme={theme}>
			{lines.map((cells, row) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: a line is its position.
				<Text key={row} wrap="truncate">
					{cells
						.map(({text: cell, heading: isHeading}) => {
							const fitted = cells.length === 1 ? truncate(cell, area.textWidth, theme.glyphs.ellipsis) : cell;
							return isHeading ? heading(fitted) : fitted;
						})
						.join('')}
				</Text>
			))}
		</Frame>
	);
}
