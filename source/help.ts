import {flags} from './flags.js';
import {keyLabel} from './key-names.js';
import {bindings, type Scope} from './keys.js';

const scopes: Record<Scope, string> = {menu: 'In the menu', panel: 'In the panel', global: 'Anywhere'};

/** The `--help` text: usage, options, the keys from the key table, examples. */
export default function helpText(): string {
	const keys = (Object.keys(scopes) as Scope[]).flatMap((scope) => [
		`  ${scopes[scope]}`,
		...bindings
			.filter((binding) => binding.scope === scope)
			.map((binding) => `    ${keyLabel(binding).padEnd(22)}${binding.description}`),
	]);
	return [
		'Usage',
		'  $ npx manjusaka [options]',
		'',
		'  In a terminal it opens the résumé full screen; piped or redirected it prints it as text.',
		'',
		'Options',
		...Object.values(flags).map(({usage, description}) => `  ${usage.padEnd(18)}${description}`),
		'',
		'Keys',
		...keys,
		'',
		'Examples',
		'  $ npx manjusaka',
		'  $ npx manjusaka | less',
		'  $ npx manjusaka --width 60 > cv.txt',
	].join('\n');
}
