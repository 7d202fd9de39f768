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
	| 'language'
	| 'copy'
	| 'help'
	| 'quit'
	| 'interrupt'
	| 'suspend'
	| 'search'
	| 'find'
	| 'deleteCharacter'
	| 'deleteWord'
	| 'clearQuery'
	| 'nextMatch'
	| 'previousMatch'
	| 'closeSearch';

/** Where the keys go: the menu or the panel. */
export type Focus = 'menu' | 'panel';

/**
What takes the keys over the focus: the query line of a search while it is typed (every
key but these types), or the matches of a search once it was run.
*/
export type Layer = 'typing' | 'found';

/** Where a binding applies: the menu, the panel, both, or a layer of the search. */
export type Scope = Focus | 'global' | Layer;

/** What a footer hint says a key does; the words are in the interface strings of each language. */
export type Action =
	| 'move'
	| 'read'
	| 'scroll'
	| 'menu'
	| 'page'
	| 'topEnd'
	| 'jump'
	| 'language'
	| 'copy'
	| 'help'
	| 'quit'
	| 'close'
	| 'search'
	| 'find'
	| 'matches';

/**
A footer hint: the keys as shown (for the jump keys, the range of the entries there are),
what they do, and its rank: where the footer is short of room, the highest ranks go first.
Moving, opening and going back rank 0: without them nothing can be read.
*/
export type Hint = {readonly keys: string | 'jump-range'; readonly action: Action; readonly rank: number};

/** One row of the key table: the keys, what they do, and how the footer shows them. */
export type Binding = {
	readonly command: Command;
	readonly scope: Scope;
	/** Key names as the input parser reports them. */
	readonly keys: readonly string[];
	/** The footer's entry; rows that share one (↑ and ↓) give it once. What a command does is in the interface strings. */
	readonly hint?: Hint;
	/** Works while a search is typed too: the keys that end or stop the app, which no one types into a query. */
	readonly always?: true;
};

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Every key the app answers to. The footer and the help text are printed from this table. */
export const bindings: readonly Binding[] = [
	{
		command: 'previous',
		scope: 'menu',
		keys: ['up', 'k'],
		hint: {keys: '↑↓', action: 'move', rank: 0},
	},
	{command: 'next', scope: 'menu', keys: ['down', 'j']},
	{
		command: 'open',
		scope: 'menu',
		keys: ['return', 'right', 'l', 'tab'],
		hint: {keys: '⏎', action: 'read', rank: 0},
	},
	{
		command: 'lineUp',
		scope: 'panel',
		keys: ['up', 'k'],
		hint: {keys: '↑↓', action: 'scroll', rank: 0},
	},
	{command: 'lineDown', scope: 'panel', keys: ['down', 'j']},
	{
		command: 'back',
		scope: 'panel',
		keys: ['escape', 'left', 'h', 'shift-tab'],
		hint: {keys: 'Esc', action: 'menu', rank: 0},
	},
	{
		command: 'pageUp',
		scope: 'panel',
		keys: ['pageup', 'b'],
		hint: {keys: 'PgUp/PgDn', action: 'page', rank: 5},
	},
	{command: 'pageDown', scope: 'panel', keys: ['pagedown', 'space']},
	{
		command: 'top',
		scope: 'panel',
		keys: ['g', 'home'],
		hint: {keys: 'g/G', action: 'topEnd', rank: 6},
	},
	{command: 'bottom', scope: 'panel', keys: ['G', 'end']},
	{
		command: 'jump',
		scope: 'global',
		keys: digits,
		hint: {keys: 'jump-range', action: 'jump', rank: 7},
	},
	{command: 'search', scope: 'global', keys: ['/'], hint: {keys: '/', action: 'search', rank: 4}},
	{command: 'language', scope: 'global', keys: ['t'], hint: {keys: 't', action: 'language', rank: 3}},
	{command: 'copy', scope: 'global', keys: ['c'], hint: {keys: 'c', action: 'copy', rank: 4}},
	{command: 'help', scope: 'global', keys: ['?'], hint: {keys: '?', action: 'help', rank: 2}},
	{command: 'quit', scope: 'global', keys: ['q'], hint: {keys: 'q', action: 'quit', rank: 1}},
	{command: 'interrupt', scope: 'global', keys: ['ctrl-c'], always: true},
	{command: 'suspend', scope: 'global', keys: ['ctrl-z'], always: true},
	{command: 'find', scope: 'typing', keys: ['return'], hint: {keys: '⏎', action: 'find', rank: 0}},
	{command: 'closeSearch', scope: 'typing', keys: ['escape'], hint: {keys: 'Esc', action: 'close', rank: 0}},
	{command: 'deleteCharacter', scope: 'typing', keys: ['backspace']},
	{command: 'deleteWord', scope: 'typing', keys: ['ctrl-w']},
	{command: 'clearQuery', scope: 'typing', keys: ['ctrl-u']},
	{command: 'nextMatch', scope: 'found', keys: ['n'], hint: {keys: 'n/N', action: 'matches', rank: 0}},
	{command: 'previousMatch', scope: 'found', keys: ['N']},
	{command: 'closeSearch', scope: 'found', keys: ['escape'], hint: {keys: 'Esc', action: 'close', rank: 0}},
];
