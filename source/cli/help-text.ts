import type {Strings} from '../strings/index.js';
import {padColumns} from '../text/truncate.js';
import {keyRows} from '../ui/key-labels.js';
import {type Flag, flags} from './flags.js';

/** The `--help` text: usage, options, the keys from the key table for a menu of `entries`, examples. */
export default function helpText(strings: Strings, sections: readonly string[], entries: number): string {
	const {usage} = strings;
	const keys = keyRows(strings, entries).flatMap(({scope, rows}) => [
		`  ${scope}`,
		...rows.map(([label, description]) => `    ${padColumns(label, 22)}${description}`),
	]);
	const flagLine = (name: keyof typeof flags) =>
		name === 'section' ? usage.flags.section(sections) : usage.flags[name];
	return [
		usage.usage,
		`  ${usage.command}`,
		`  ${usage.serve}`,
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
