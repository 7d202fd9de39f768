import {Box, Text, useApp} from 'ink';
import {useMemo} from 'react';
import handleKey, {type View} from '../../keys/handle-key.js';
import type {State} from '../../keys/state.js';
import type {Door} from '../../model/door.js';
import type {Language} from '../../model/language.js';
import type {Resumes} from '../../model/resume.js';
import stringsFor, {type Strings} from '../../strings/index.js';
import type {KeySource} from '../../terminal/key-feed.js';
import type {Theme} from '../../theme/theme.js';
import {panelStyle} from '../entries/panel-style.js';
import type {PreparedInline} from '../entries/prepare-inline.js';
import useEntries from '../hooks/use-entries.js';
import useHelpLines from '../hooks/use-help-lines.js';
import useKeyState from '../hooks/use-key-state.js';
import useLinesAhead from '../hooks/use-lines-ahead.js';
import useNotice from '../hooks/use-notice.js';
import usePanelLines from '../hooks/use-panel-lines.js';
import useSearchResults from '../hooks/use-search-results.js';
import calculateLayout, {type Layout} from '../layout/layout.js';
import tooSmallLines from '../layout/too-small.js';
import searchView from '../search/view.js';
import Footer from './footer.js';
import Header from './header.js';
import HelpScreen from './help-screen.js';
import Menu from './menu.js';
import Panel from './panel.js';

/** Props of the App. */
export type AppProps = {
	/** The résumé in each language: `t` switches between them. */
	readonly resumes: Resumes;
	/** The résumé's inline Markdown, prepared by the build (`prepareInline`). */
	readonly inline: PreparedInline;
	readonly theme: Theme;
	/** Terminal size; the app redraws for each new one. */
	readonly columns: number;
	readonly rows: number;
	/** Where it starts: the entry and the language. */
	readonly initial: State;
	/** The terminal's keys. */
	readonly keys: KeySource;
	/** How the reader came, for the keys the help screen lists: local unless said. */
	readonly door?: Door;
	/** Stops the program until it is resumed (Ctrl+Z), where the terminal has job control. */
	readonly onSuspend?: () => void;
	/** The app is about to end with `code`, showing `language`: no frame after this one should be drawn. */
	readonly onExit?: (code: number, language: Language) => void;
	/** Asks the terminal to copy `text` to the clipboard (`c`, the e-mail address). */
	readonly onCopy?: (text: string) => void;
	/** A word from whoever runs the app (a server about to restart), shown in the footer in the language read. */
	readonly notice?: Notice | undefined;
};

/** A message for the footer, in the language read when it is drawn. */
export type Notice = (strings: Strings) => string;

/** The résumé as a full-screen app: header, menu, panel, footer; or the help screen over them. */
export default function App({
	resumes,
	inline,
	theme,
	columns,
	rows,
	initial,
	keys,
	door = 'local',
	onSuspend,
	onExit,
	onCopy,
	notice,
}: AppProps) {
	const {exit} = useApp();
	// The address the terminal was just asked to copy, said in the footer for a moment.
	const [copied, showCopied] = useNotice<string>();
	const state = useKeyState(initial, keys, (current, event, commit) => {
		const outcome = handleKey(current, event, viewOf(current));
		if (outcome.kind === 'exit') {
			onExit?.(outcome.code, current.language);
			exit(outcome.code);
			return 'ended';
		}

		if (outcome.kind === 'suspend') {
			commit();
			onSuspend?.();
		} else if (outcome.kind === 'copy') {
			const {email} = resumes[current.language].basics;
			if (email !== undefined && onCopy !== undefined) {
				onCopy(email);
				showCopied(email);
			}
		}

		return outcome.kind === 'state' ? outcome.state : current;
	});
	const style = useMemo(() => panelStyle(theme, inline), [theme, inline]);
	const strings = stringsFor(state.language);
	const entriesOf = useEntries(resumes);
	const entries = entriesOf[state.language];
	// Asked for each key of a burst: worked out once a language.
	const layoutOf = useMemo(() => {
		const layouts = new Map<Language, Layout>();
		return (language: Language) => {
			const layout = layouts.get(language) ?? calculateLayout(columns, rows, entriesOf[language].length);
			layouts.set(language, layout);
			return layout;
		};
	}, [columns, rows, entriesOf]);
	const layout = layoutOf(state.language);
	const textOf = usePanelLines(entriesOf, layout.kind === 'too-small' ? 0 : layout.panel.textWidth, style);
	const resultsOf = useSearchResults(entriesOf, textOf);
	const helpOf = useHelpLines(entriesOf, door, theme.glyphs, columns, rows);
	useLinesAhead(textOf, entriesOf, {
		language: state.language,
		selected: state.selected,
		active: layout.kind !== 'too-small',
	});

	// What the screen shows, for a key to act on, in the state the keys before it left.
	function viewOf(current: State): View {
		const shown = layoutOf(current.language);
		const {search} = current;
		return shown.kind === 'too-small'
			? undefined
			: {
					entries: entriesOf[current.language].length,
					page: shown.panel.textRows,
					lines: textOf(current.language, current.selected).lines.length,
					help: {lines: helpOf(current.language).length, page: shown.help.textRows},
					...(search && {found: () => resultsOf(current.language, search.query).found}),
				};
	}

	if (layout.kind === 'too-small') {
		return <Text>{tooSmallLines(strings, theme.glyphs, columns, rows).join('\n')}</Text>;
	}

	const resume = resumes[state.language];
	const entry = entries[state.selected]!;
	const found = searchView(state, textOf(state.language, state.selected).lines, resultsOf, theme);
	const help = helpOf(state.language);
	// A resize, or the other language, can leave a window scrolled past its end.
	const scroll = Math.min(state.scroll, Math.max(0, found.lines.length - layout.panel.textRows));
	const helpScroll = Math.min(state.helpScroll, Math.max(0, help.length - layout.help.textRows));
	return (
		<Box flexDirection="column" width={columns} height={rows}>
			{state.help ? (
				<HelpScreen strings={strings} lines={help} scroll={helpScroll} area={layout.help} theme={theme} />
			) : (
				<>
					{layout.header > 0 ? (
						<Header basics={resume.basics} width={columns} rows={layout.header} theme={theme} />
					) : null}
					<Box flexDirection={layout.kind === 'split' ? 'row' : 'column'} flexGrow={1}>
						<Menu
							entries={entries}
							selected={state.selected}
							focused={state.focus === 'menu'}
							title={resume.basics.name}
							area={layout.menu}
							theme={theme}
							counts={found.counts}
						/>
						<Panel
							title={entry.title}
							lines={found.lines}
							scroll={scroll}
							focused={state.focus === 'panel'}
							area={layout.panel}
							theme={theme}
						/>
					</Box>
				</>
			)}
			<Footer
				focus={state.focus}
				help={state.help ? {scrolls: help.length > layout.help.textRows} : undefined}
				search={found.footer}
				entries={entries.length}
				notice={notice?.(strings) ?? (copied === undefined ? undefined : strings.copyAsked(copied))}
				strings={strings}
				width={columns}
				theme={theme}
			/>
		</Box>
	);
}
