import type {Key} from 'ink';

/** What a key press asks for. */
export type Command =
	| 'previous'
	| 'next'
	| 'jump'
	| 'open'
	| 'back'
	| 'lineUp'
	| 'lineDown'
	| 'pageUp'
	| 'pageDown'
	| 'top'
	| 'bottom'
	| 'quit'
	| 'interrupt';

/** Where a binding applies: the menu, the panel, or both. */
export type Scope = 'menu' | 'panel' | 'global';

/** One row of the key table: the keys, what they do, and how the footer shows them. */
export type Binding = {
	readonly command: Command;
	readonly scope: Scope;
	/** Key names as `keyNames` reports them. */
	readonly keys: readonly string[];
	/** What the keys do, for the help text. */
	readonly description: string;
	/** The footer's entry; rows that share one (↑ and ↓) give it once. */
	readonly hint?: {readonly keys: string; readonly action: string};
};

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Every key the app answers to. The footer and the help text are printed from this table. */
export const bindings: readonly Binding[] = [
	{
		command: 'previous',
		scope: 'menu',
		keys: ['up', 'k'],
		description: 'previous entry',
		hint: {keys: '↑↓', action: 'move'},
	},
	{command: 'next', scope: 'menu', keys: ['down', 'j'], description: 'next entry'},
	{
		command: 'open',
		scope: 'menu',
		keys: ['return', 'right', 'l', 'tab'],
		description: 'move into the panel',
		hint: {keys: '⏎', action: 'read'},
	},
	{
		command: 'lineUp',
		scope: 'panel',
		keys: ['up', 'k'],
		description: 'scroll up a line',
		hint: {keys: '↑↓', action: 'scroll'},
	},
	{command: 'lineDown', scope: 'panel', keys: ['down', 'j'], description: 'scroll down a line'},
	{
		command: 'back',
		scope: 'panel',
		keys: ['escape', 'left', 'h', 'shift-tab'],
		description: 'back to the menu',
		hint: {keys: 'Esc', action: 'menu'},
	},
	{
		command: 'pageUp',
		scope: 'panel',
		keys: ['pageup', 'b'],
		description: 'scroll up a page',
		hint: {keys: 'PgUp/PgDn', action: 'page'},
	},
	{command: 'pageDown', scope: 'panel', keys: ['pagedown', 'space'], description: 'scroll down a page'},
	{
		command: 'top',
		scope: 'panel',
		keys: ['g', 'home'],
		description: 'go to the top',
		hint: {keys: 'g/G', action: 'top/end'},
	},
	{command: 'bottom', scope: 'panel', keys: ['G', 'end'], description: 'go to the end'},
	{
		command: 'jump',
		scope: 'global',
		keys: digits,
		description: 'jump to entry 1–9',
		hint: {keys: '1-9', action: 'jump'},
	},
	{command: 'quit', scope: 'global', keys: ['q'], description: 'quit', hint: {keys: 'q', action: 'quit'}},
	{
		command: 'interrupt',
		scope: 'global',
		keys: ['ctrl-c'],
		description: 'quit with exit status 130, as an interrupt does',
	},
];

// Characters that stand for a key when they come in a run of typed text.
const characterNames: Record<string, string> = {' ': 'space', '\r': 'return', '\n': 'return', '\t': 'tab'};

/**
The keys in one input event, by name: `up`, `return`, `shift-tab`, `ctrl-c`, or the
character typed. Characters that arrive together (typed fast, a key held down) come as one
event of several characters: each is a key of its own.
*/
export function keyNames(input: string, key: Key): string[] {
	if (key.ctrl && input) {
		return [`ctrl-${input}`];
	}

	const named: Array<[boolean, string]> = [
		[key.upArrow, 'up'],
		[key.downArrow, 'down'],
		[key.leftArrow, 'left'],
		[key.rightArrow, 'right'],
		[key.pageUp, 'pageup'],
		[key.pageDown, 'pagedown'],
		[key.home, 'home'],
		[key.end, 'end'],
		[key.return, 'return'],
		[key.escape, 'escape'],
		[key.tab && key.shift, 'shift-tab'],
		[key.tab, 'tab'],
	];
	const found = named.find(([pressed]) => pressed);
	if (found) {
		return [found[1]];
	}

	return [...input].map((character) => characterNames[character] ?? character);
}

const applies = (binding: Binding, focus: Exclude<Scope, 'global'>): boolean =>
	binding.scope === focus || binding.scope === 'global';

/** The binding a key press triggers with the focus where it is, if any. */
export function lookup(name: string, focus: Exclude<Scope, 'global'>): Binding | undefined {
	return bindings.find((binding) => applies(binding, focus) && binding.keys.includes(name));
}

/** The footer's hints where the focus is: `↑↓ move · ⏎ read · 1-9 jump · q quit`. */
export function hints(focus: Exclude<Scope, 'global'>): Array<NonNullable<Binding['hint']>> {
	return bindings.flatMap((binding) => (applies(binding, focus) && binding.hint ? [binding.hint] : []));
}

const keyLabels: Record<string, string> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	return: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	'shift-tab': 'Shift+Tab',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	space: 'Space',
	'ctrl-c': 'Ctrl+C',
};

/** A binding's keys as a person reads them: `↑ k`, `1–9`. */
export function keyLabel(binding: Binding): string {
	return binding.command === 'jump' ? '1–9' : binding.keys.map((key) => keyLabels[key] ?? key).join(' ');
}
