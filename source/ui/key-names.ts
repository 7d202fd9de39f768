import type {Key} from 'ink';
import type {Binding} from './keys.js';

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
