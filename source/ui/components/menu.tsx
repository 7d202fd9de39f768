import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {useCallback, useMemo} from 'react';
import truncate, {padColumns} from '../../text/truncate.js';
import type {Theme} from '../../theme/theme.js';
import type {Entry} from '../entries/entries.js';
import type {MenuArea} from '../layout/layout.js';
import {windowStart} from '../layout/layout.js';
import Frame from './frame.js';

/** Props of the Menu. */
export type MenuProps = {
	readonly entries: readonly Entry[];
	readonly selected: number;
	readonly focused: boolean;
	readonly title: string;
	readonly area: MenuArea;
	readonly theme: Theme;
	/** While there is a search: how many matches each entry has, shown at its right. */
	readonly counts?: readonly number[] | undefined;
};

/**
The list of entries. ink-select-input draws it; the app owns the selection (one key table
drives every key), so the list is shown at the selected entry and takes no input itself.
The menu picks the window of entries it shows itself.
*/
export default function Menu({entries, selected, focused, title, area, theme, counts}: MenuProps) {
	const {paint, glyphs} = theme;
	const first = windowStart(selected, area.visible, entries.length);
	const items = useMemo(
		() =>
			entries
				.slice(first, first + area.visible)
				.map((entry, index) => ({key: entry.id, label: entry.id, value: first + index})),
		[entries, first, area.visible],
	);
	const note = area.visible < entries.length ? `${selected + 1}/${entries.length}` : undefined;
	const Indicator = useCallback(
		({isSelected = false}: {isSelected?: boolean}) => (
			<Text>{(focused ? paint.accent : paint.muted)(isSelected ? glyphs.text('› ') : '  ')}</Text>
		),
		[focused, paint, glyphs],
	);
	const Item = useCallback(
		({isSelected = false, label}: {isSelected?: boolean; label: string}) => {
			const index = entries.findIndex((entry) => entry.id === label);
			const entry = entries[index];
			const number = index < 9 ? `${index + 1} ` : '  ';
			const count = counts?.[index];
			// A count as a tag, apart from the label: ` 3 `, reversed like the matches in the panel.
			const tag = count ? ` ${count} ` : '';
			const room = area.textWidth - (tag ? tag.length + 1 : 0);
			const name = truncate(number + (entry?.label ?? ''), room, glyphs.ellipsis);
			const text = tag ? padColumns(name, room + 1) : name;
			const highlight = isSelected && focused;
			const highlighted = theme.color ? paint.accent(text) : paint.inverse(text);
			const plain = count === 0 ? paint.muted(text) : text;
			return (
				<Box flexDirection="column">
					<Text wrap="truncate">
						{isSelected ? paint.bold(highlight ? highlighted : text) : plain}
						{tag ? paint.match(tag) : ''}
					</Text>
					{area.entryRows === 2 && entry?.detail ? (
						<Text wrap="truncate">
							{paint.muted(truncate(glyphs.text(`  ${entry.detail}`), area.textWidth, glyphs.ellipsis))}
						</Text>
					) : null}
				</Box>
			);
		},
		[entries, focused, paint, glyphs, theme.color, area.entryRows, area.textWidth, counts],
	);
	return (
		<Frame title={title} width={area.width} height={area.height} focused={focused} note={note} theme={theme}>
			<SelectInput
				// ink-select-input selects its first item whenever its items change: start anew.
				key={`${first}:${area.visible}:${selected}`}
				items={items}
				initialIndex={selected - first}
				isFocused={false}
				indicatorComponent={Indicator}
				itemComponent={Item}
			/>
		</Frame>
	);
}
