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
