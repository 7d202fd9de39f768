import {Box, Text, useApp} from 'ink';
import {useMemo, useRef, useState} from 'react';
import renderBlocks from '../../document/blocks.js';
import {type Language, languages} from '../../model/language.js';
import type {Resumes} from '../../model/resume.js';
import stringsFor from '../../strings/index.js';
import type {KeySource} from '../../terminal/key-feed.js';
import wrap from '../../text/wrap.js';
import type {Theme} from '../../theme/theme.js';
import toEntries, {type Entry} from '../entries.js';
import {lookup} from '../keys.js';
import calculateLayout, {minimum} from '../layout.js';
import {panelStyle} from '../panel-style.js';
import reduce, {type State} from '../state.js';
import useKeys from '../use-keys.js';
import Footer from './footer.js';
import Header from './header.js';
import HelpScreen from './help-screen.js';
import Menu from './menu.js';
import Panel from './panel.js';

/** The exit status each way out gives; Ctrl+C reports an interrupt, as the shell would. */
export const exitCodes = {quit: 0, interrupt: 130} as const;

/** Props of the App. */
export type AppProps = {
	/** The résumé in each language: `t` switches between them. */
	readonly resumes: Resumes;
	readonly theme: Theme;
	/** Terminal size; the app redraws for each new one. */
	readonly columns: number;
	readonly rows: number;
	/** Where it starts: the entry and the language. */
	readonly initial: State;
	/** The terminal's keys. */
	readonly keys: KeySource;
	/** Stops the program until it is resumed (Ctrl+Z), where the terminal has job control. */
	readonly onSuspend?: () => void;
};

/** The résumé as a full-screen app: header, menu, panel, footer; or the help screen over them. */
export default function App({resumes, theme, columns, rows, initial, keys, onSuspend}: AppProps) {
	const {exit} = useApp();
	const [state, setState] = useState(initial);
	// Keys can come faster than renders: each one applies to the state the last one left.
	const latest = useRef(state);
	latest.current = state;
	const entriesOf = useMemo(
		() =>
			Object.fromEntries(
				languages.map((language) => [language, toEntries(resumes[language], stringsFor(language))]),
			) as Record<Language, Entry[]>,
		[resumes],
	);
	const style = useMemo(() => panelStyle(theme), [theme]);
	const strings = stringsFor(state.language);
	const entries = entriesOf[state.language].length;
	const layout = calculateLayout(columns, rows, entries);
	const textWidth = layout.kind === 'too-small' ? 0 : layout.panel.textWidth;
	const page = layout.kind === 'too-small' ? 0 : layout.panel.textRows;
	const linesOf = useMemo(() => {
		const cache = new Map<string, string[]>();
		return (language: Language, index: number): string[] => {
			const key = `${language}:${index}`;
			const cached = cache.get(key) ?? renderBlocks(entriesOf[language][index]!.blocks, textWidth, style);
			cache.set(key, cached);
			return cached;
		};
	}, [entriesOf, textWidth, style]);
	const lines = linesOf(state.language, state.selected);
	// A resize, or the other language, can leave the panel scrolled past its end.
	const scroll = Math.min(state.scroll, Math.max(0, lines.length - page));

	useKeys(keys, (event) => {
		// Pasted text is never taken for keys.
		if (event.kind !== 'key') {
			return;
		}

		const current = latest.current;
		const {name} = event;
		// A key with no binding (Backspace, F5) still closes the help screen.
		const command = lookup(name, current.focus)?.command;
		if (command === 'interrupt' || (command === 'quit' && !current.help)) {
			exit(exitCodes[command]);
			return;
		}

		if (command === 'suspend') {
			onSuspend?.();
			return;
		}

		const context = {input: name, entries, page, lines: linesOf(current.language, current.selected).length};
		latest.current = reduce(current, command, context);
		setState(latest.current);
	});

	if (layout.kind === 'too-small') {
		// Short enough for one line in all but the narrowest terminals; there it wraps.
		const message = wrap(theme.glyphs.text(strings.tooSmall(columns, rows, minimum.columns, minimum.rows)), columns);
		return <Text>{message.slice(0, Math.max(1, rows - 1)).join('\n')}</Text>;
	}

	const resume = resumes[state.language];
	const entry = entriesOf[state.language][state.selected]!;
	return (
		<Box flexDirection="column" width={columns} height={rows - 1}>
			{state.help ? (
				<HelpScreen strings={strings} area={layout.help} theme={theme} />
			) : (
				<>
					{layout.header > 0 ? (
						<Header basics={resume.basics} width={columns} rows={layout.header} theme={theme} />
					) : null}
					<Box flexDirection={layout.kind === 'split' ? 'row' : 'column'} flexGrow={1}>
						<Menu
							entries={entriesOf[state.language]}
							selected={state.selected}
							focused={state.focus === 'menu'}
							title={resume.basics.name}
							area={layout.menu}
							theme={theme}
						/>
						<Panel
							title={entry.title}
							lines={lines}
							scroll={scroll}
							focused={state.focus === 'panel'}
							area={layout.panel}
							theme={theme}
						/>
					</Box>
				</>
			)}
			<Footer focus={state.focus} help={state.help} strings={strings} width={columns} theme={theme} />
		</Box>
	);
}
