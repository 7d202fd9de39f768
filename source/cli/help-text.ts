import type {Strings} from '../strings/index.js';
import {padColumns} from '../text/truncate.js';
import type {HelpGroup} from '../ui/help-layout.js';
import {keyLabel} from '../ui/key-names.js';
import {bindings, type Scope} from '../ui/keys.js';
import {type Flag, flags} from './flags.js';

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

/** The `--help` text: usage, options, the keys from the key table, examples. */
export default function helpText(strings: Strings, sections: readonly string[]): string {
	const {usage} = strings;
	const keys = keyRows(strings).flatMap(({scope, rows}) => [
		`  ${scope}`,
		...rows.map(([label, description]) => `    ${padColumns(label, 22)}${description}`),
	]);
	const flagLine = (name: keyof typeof flags) =>
		name === 'section' ? usage.flags.section(sections) : usage.flags[name];
	return [
		usage.usage,
		`  ${usage.command}`,
		'',
		`  ${usage.summary}`,
		'',
		usage.options,
		...(Object.keys(flags) as Array<keyof typeof flags>).map((name) => {
			const flag: Flag = flags[name];
			const written = flag.value ? `${flag.usage} ${usage.values[flag.value]}` : flag.usage;
			return `  ${padColumns(written, 22)}${flagLine(name)}`;
		}),
		'',
		usage.keys,
		...keys,
		'',
		usage.examples,
		'  $ npx manjusaka',
		'  $ npx manjusaka | less',
		'  $ npx manjusaka --width 60 > cv.txt',
		'  $ npx manjusaka --format json > resume.json',
		'  $ npx manjusaka --format markdown --lang en > cv.md',
		`  $ npx manjusaka --section ${sections.at(-1) ?? 'profile'}`,
	].join('\n');
}
