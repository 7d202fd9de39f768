import type {Strings} from '../strings/index.js';
import type {HelpGroup} from './help-layout.js';
import {type Binding, bindings, type Scope} from './keys.js';

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
	'ctrl-z': 'Ctrl+Z',
};

/** A binding's keys as a person reads them: `↑ k`, `1–9`. */
export function keyLabel(binding: Binding): string {
	return binding.command === 'jump' ? '1–9' : binding.keys.map((key) => keyLabels[key] ?? key).join(' ');
}

// Keys that work anywhere first: where the screen is too short for all, the ones cut are the panel's.
const scopes: readonly Scope[] = ['global', 'menu', 'panel'];

/** The key table by scope, for the help screen and `--help`: a heading, then a key and what it does per row. */
export function keyRows(strings: Strings): HelpGroup[] {
	return scopes.map((scope) => ({
		scope: strings.scopes[scope],
		rows: bindings
			.filter((binding) => binding.scope === scope)
			.map((binding) => [keyLabel(binding), strings.commands[binding.command]] as const),
	}));
}
