import {type Door, suspends} from '../model/door.js';
import {type Binding, bindings, type Command, type Scope} from './key-table.js';

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
	backspace: 'Backspace',
	'ctrl-c': 'Ctrl+C',
	'ctrl-z': 'Ctrl+Z',
	'ctrl-u': 'Ctrl+U',
	'ctrl-w': 'Ctrl+W',
};

/** The jump keys of a menu of `entries`: `1–7`; never past 9, the last digit. */
export function jumpRange(entries: number): string {
	return `1–${Math.min(9, entries)}`;
}

/** A binding's keys as a person reads them, for a menu of `entries`: `↑ k`, `1–7`. */
export function keyLabel(binding: Binding, entries: number): string {
	return binding.command === 'jump' ? jumpRange(entries) : binding.keys.map((key) => keyLabels[key] ?? key).join(' ');
}

// Keys that work anywhere first: where the screen is too short for all, the ones cut are the search's.
const scopes: readonly Scope[] = ['global', 'menu', 'panel', 'typing', 'found'];

/** A group of the help screen: where the keys work, then each key and what it does. */
export type HelpGroup = {readonly scope: string; readonly rows: ReadonlyArray<readonly [string, string]>};

/** The words the key rows need, in one language: what each command does, and where the keys work. */
type KeyWords = {
	readonly commands: Readonly<Record<Command, string>>;
	readonly scopes: Readonly<Record<Scope, string>>;
};

/**
The key table by scope, for the help screen and `--help`: a heading, then a key and what it
does per row; the keys that work at `door` only (no Ctrl+Z over SSH).
*/
export function keyRows(strings: KeyWords, entries: number, door: Door): HelpGroup[] {
	return scopes.map((scope) => ({
		scope: strings.scopes[scope],
		rows: bindings
			.filter((binding) => binding.scope === scope && (binding.command !== 'suspend' || suspends(door)))
			.map((binding) => [keyLabel(binding, entries), strings.commands[binding.command]] as const),
	}));
}
