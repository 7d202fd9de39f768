import {Box, Text, useApp, useInput} from 'ink';
import {useMemo, useState} from 'react';
import renderBlocks from '../blocks.js';
import {keyNames} from '../key-names.js';
import {lookup} from '../keys.js';
import calculateLayout, {minimum} from '../layout.js';
import {panelStyle} from '../render-markdown.js';
import type {Resume} from '../resume.js';
import toSections from '../sections.js';
import reduce, {initialState, type State} from '../state.js';
import strings from '../strings.js';
import type {Theme} from '../theme.js';
import wrap from '../wrap.js';
import Footer from './footer.js';
import Header from './header.js';
import Menu from './menu.js';
import Panel from './panel.js';

/** The exit status each way out gives; Ctrl+C reports an interrupt, as the shell would. */
export const exitCodes = {quit: 0, interrupt: 130} as const;

/** Props of the App. */
export type AppProps = {
	readonly resume: Resume;
	readonly theme: Theme;
	/** Terminal size; the app redraws for each new one. */
	readonly columns: number;
	readonly rows: number;
	readonly initial?: State;
};

/** The résumé as a full-screen app: header, menu, panel, footer. */
export default function App({resume, theme, columns, rows, initial = initialState}: AppProps) {
	const {exit} = useApp();
	const sections = useMemo(() => toSections(resume), [resume]);
	const style = useMemo(() => panelStyle(theme), [theme]);
	const [state, setState] = useState(initial);
	const layout = calculateLayout(columns, rows, sections.length);
	const section = sections[state.selected]!;
	const textWidth = layout.kind === 'too-small' ? 0 : layout.panel.textWidth;
	const page = layout.kind === 'too-small' ? 0 : layout.panel.textRows;
	const linesOf = useMemo(() => {
		const cache = new Map<number, string[]>();
		return (index: number): string[] => {
			const cached = cache.get(index) ?? renderBlocks(sections[index]!.blocks, textWidth, style);
			cache.set(index, cached);
			return cached;
		};
	}, [sections, textWidth, style]);
	const lines = linesOf(state.selected);
	// A resize can leave the panel scrolled past its new end.
	const scroll = Math.min(state.scroll, Math.max(0, lines.length - page));

	useInput((input, key) => {
		for (const name of keyNames(input, key)) {
			const command = lookup(name, state.focus)?.command;
			if (command === 'quit' || command === 'interrupt') {
				exit(exitCodes[command]);
				return;
			}

			// Keys can come faster than renders: each one applies to the state the last one left.
			setState((current) => {
				const binding = lookup(name, current.focus);
				const context = {input: name, entries: sections.length, page, lines: linesOf(current.selected).length};
				return binding ? reduce(current, binding.command, context) : current;
			});
		}
	});

	if (layout.kind === 'too-small') {
		// Short enough for one line in all but the narrowest terminals; there it wraps.
		const message = wrap(theme.glyphs.text(strings.tooSmall(columns, rows, minimum.columns, minimum.rows)), columns);
		return <Text>{message.slice(0, Math.max(1, rows - 1)).join('\n')}</Text>;
	}

	return (
		<Box flexDirection="column" width={columns} height={rows - 1}>
			{layout.header > 0 ? <Header basics={resume.basics} width={columns} rows={layout.header} theme={theme} /> : null}
			<Box flexDirection={layout.kind === 'split' ? 'row' : 'column'} flexGrow={1}>
				<Menu
					sections={sections}
					selected={state.selected}
					focused={state.focus === 'menu'}
					title={resume.basics.name}
					frame={layout.menu}
					theme={theme}
				/>
				<Panel
					title={section.title}
					lines={lines}
					scroll={scroll}
					focused={state.focus === 'panel'}
					frame={layout.panel}
					theme={theme}
				/>
			</Box>
			<Footer focus={state.focus} width={columns} theme={theme} />
		</Box>
	);
}
