import {type Binding, bindings, type Focus, type Hint, type Layer} from './key-table.js';

const applies = (binding: Binding, focus: Focus): boolean => binding.scope === focus || binding.scope === 'global';

/**
The binding a key press triggers with the focus where it is, if any. While a search is
typed only its line's keys act (and those that work always); once it has run, its keys
come before the focus's (Esc closes it before it leaves the panel).
*/
export function lookup(name: string, focus: Focus, layer?: Layer): Binding | undefined {
	const bound = (binding: Binding) => binding.keys.includes(name);
	if (layer === 'typing') {
		return bindings.find((binding) => (binding.scope === 'typing' || binding.always) && bound(binding));
	}

	return (
		bindings.find((binding) => binding.scope === layer && bound(binding)) ??
		bindings.find((binding) => applies(binding, focus) && bound(binding))
	);
}

/**
The footer's hints where the focus is, in table order: `↑↓ move · ⏎ read · 1–7 jump · q quit`;
a layer's first (Esc closes a search before it goes back to the menu, and says so once).
*/
export function hints(focus: Focus, layer?: Layer): Hint[] {
	const own = layer
		? bindings.flatMap((binding) => (binding.scope === layer && binding.hint ? [binding.hint] : []))
		: [];
	if (layer === 'typing') {
		return own;
	}

	const keys = new Set(own.map((hint) => hint.keys));
	const rest = bindings.flatMap((binding) => (applies(binding, focus) && binding.hint ? [binding.hint] : []));
	return [...own, ...rest.filter((hint) => !keys.has(hint.keys))];
}
