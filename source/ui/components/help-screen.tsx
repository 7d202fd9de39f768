import {Text} from 'ink';
import type {Strings} from '../../strings/index.js';
import truncate from '../../text/truncate.js';
import type {Theme} from '../../theme/theme.js';
import type {HelpCell} from '../layout/help-layout.js';
import type {Framed} from '../layout/layout.js';
import Frame, {scrollPosition} from './frame.js';

/** Props of the HelpScreen. */
export type HelpScreenProps = {
	readonly strings: Strings;
	/** Every line of the help, from `helpLines`. */
	readonly lines: ReadonlyArray<readonly HelpCell[]>;
	/** The first line shown. */
	readonly scroll: number;
	readonly area: Framed;
	readonly theme: Theme;
};

/** Every key, by where it works, printed from the key table as the footer is; a window of it where it is longer than the frame. */
export default function HelpScreen({strings, lines, scroll, area, theme}: HelpScreenProps) {
	const heading = (cell: string) => theme.paint.bold(theme.paint.accent(cell));
	const shown = lines.slice(scroll, scroll + area.textRows);
	const note = scrollPosition(scroll, shown.length, lines.length, area.textRows);
	return (
		<Frame
			title={theme.glyphs.text(strings.helpTitle)}
			width={area.width}
			height={area.height}
			focused
			note={note}
			theme={theme}
		>
			{shown.map((cells, row) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: a line is its position.
				<Text key={row} wrap="truncate">
					{cells
						.map(({text, heading: isHeading}) => {
							const fitted = cells.length === 1 ? truncate(text, area.textWidth, theme.glyphs.ellipsis) : text;
							return isHeading ? heading(fitted) : fitted;
						})
						.join('')}
				</Text>
			))}
		</Frame>
	);
}
