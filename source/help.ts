import {bindings, keyLabel, type Scope} from './keys.js';

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
		'  --plain           Print the whole résumé as text, even in a terminal',
		'  --width, -w N     Wrap printed text at N columns (20–1000; default 80, or the terminal width)',
		'  --no-color        No colour (NO_COLOR and FORCE_COLOR are honoured too)',
		'  --ascii           Draw with ASCII only, for terminals without good Unicode',
		'  --help, -h        Show this help',
		'  --version, -v     Show the version',
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
