import {keyRows} from '../keys/labels.js';
import type {Door} from '../model/door.js';
import type {Strings} from '../strings/index.js';
import sshCommand, {type SshCall} from '../strings/ssh-command.js';
import {padColumns} from '../text/truncate.js';
import {type Flag, flags} from './flags.js';

// How to call it, and what to try, at each door: the local command, or ssh to `manjusaka serve`.
function calls(strings: Strings, door: Door, section: string) {
	if (door === 'local') {
		return {
			usage: [strings.usage.command, strings.usage.serve],
			summary: strings.usage.summary,
			examples: [
				'npx manjusaka',
				'npx manjusaka | less',
				'npx manjusaka --width 60 > cv.txt',
				'npx manjusaka --format json > resume.json',
				'npx manjusaka --format markdown --lang en > cv.md',
				`npx manjusaka --section ${section}`,
			],
		};
	}

	const ssh = (call: SshCall, tail = '') => `${sshCommand(strings, call)}${tail}`;
	return {
		usage: [`$ ${ssh({}, ` [-- ${strings.ssh.options}]`)}`],
		summary: strings.ssh.summary,
		examples: [
			ssh({}),
			ssh({want: 'text'}, ' | less'),
			ssh({flags: '--width 60'}, ' > cv.txt'),
			ssh({flags: '--format json'}, ' > resume.json'),
			ssh({flags: '--format markdown', language: 'en'}, ' > cv.md'),
			ssh({flags: `--section ${section}`, want: 'screen'}),
		],
	};
}

/**
The `--help` text for a reader at `door`: usage, options, the keys from the key table for a
menu of `entries` (those that work there), examples.
*/
export default function helpText(strings: Strings, sections: readonly string[], entries: number, door: Door): string {
	const {usage} = strings;
	const {usage: calledAs, summary, examples} = calls(strings, door, sections.at(-1) ?? 'profile');
	const keys = keyRows(strings, entries, door).flatMap(({scope, rows}) => [
		`  ${scope}`,
		...rows.map(([label, description]) => `    ${padColumns(label, 22)}${description}`),
	]);
	const flagLines = door === 'local' ? usage.flags : {...usage.flags, ...strings.ssh.flags};
	const flagLine = (name: keyof typeof flags) => (name === 'section' ? flagLines.section(sections) : flagLines[name]);
	return [
		usage.usage,
		...calledAs.map((line) => `  ${line}`),
		'',
		`  ${summary}`,
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
		...examples.map((example) => `  $ ${example}`),
	].join('\n');
}
