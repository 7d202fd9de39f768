import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {useCallback, useMemo} from 'react';
import truncate from '../../text/truncate.js';
import type {Theme} from '../../theme/theme.js';
import type {Section} from '../entries.js';
import type {Frame as FrameSize} from '../layout.js';
import windowStart from '../menu-window.js';
import Frame from './frame.js';

/** Props of the Menu. */
export type MenuProps = {
	readonly sections: readonly Section[];
	readonly selected: number;
	readonly focused: boolean;
	readonly title: string;
	readonly frame: FrameSize & {readonly visible: number; readonly entryRows: 1 | 2};
	readonly theme: Theme;
};

/**
The list of entries. ink-select-input draws it; the app owns the selection (one key table
drives every key), so the list is shown at the selected entry and takes no input itself.
The menu picks the window of entries it shows itself.
*/
export default function Menu({sections, selected, focused, title, frame, theme}: MenuProps) {
	const textWidth = Math.max(1, frame.width - 6);
	const first = windowStart(selected, frame.visible, sections.length);
	const items = useMemo(
		() =>
			sections
				.slice(first, first + frame.visible)
				.map((section, index) => ({key: section.id, label: section.id, value: first + index})),
		[sections, first, frame.visible],
	);
	const note = frame.visible < sections.length ? `${selected + 1}/${sections.length}` : undefined;
	const Indicator = useCallback(
		({isSelected = false}: {isSelected?: boolean}) => (
			<Text color={focused ? theme.accent : theme.muted}>{isSelected ? theme.glyphs.text('› ') : '  '}</Text>
		),
		[focused, theme],
	);
	const Item = useCallback(
		({isSelected = false, label}: {isSelected?: boolean; label: string}) => {
			const index = sections.findIndex((section) => section.id === label);
			const section = sections[index];
			const number = index < 9 ? `${index + 1} ` : '  ';
			const highlight = isSelected && focused;
			return (
				<Box flexDirection="column">
					<Text
						bold={isSelected}
						inverse={highlight && !theme.color}
						color={highlight ? theme.accent : undefined}
						wrap="truncate"
					>
						{truncate(number + (section?.label ?? ''), textWidth, theme.glyphs.ellipsis)}
					</Text>
					{frame.entryRows === 2 && section?.detail ? (
						<Text color={theme.muted} wrap="truncate">
							{truncate(theme.glyphs.text(`  ${section.detail}`), textWidth, theme.glyphs.ellipsis)}
						</Text>
					) : null}
				</Box>
			);
		},
		[sections, focused, theme, frame.entryRows, textWidth],
	);
	return (
		<Frame title={title} width={frame.width} height={frame.height} focused={focused} note={note} theme={theme}>
			<SelectInput
				// ink-select-input selects its first item whenever its items change: start anew.
				key={`${first}:${frame.visible}:${selected}`}
				items={items}
				initialIndex={selected - first}
				isFocused={false}
				indicatorComponent={Indicator}
				itemComponent={Item}
			/>
		</Frame>
	);
}
