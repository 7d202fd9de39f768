/** One command-line flag: how meow parses it, and how the help shows it. */
export type Flag = {
	readonly type: 'boolean' | 'string';
	readonly default?: boolean;
	readonly shortFlag?: string;
	/** The flag as the help writes it: `--width, -w N`. */
	readonly usage: string;
	readonly description: string;
};

/** Every flag. meow's options, the check for unknown flags and the help are made from this table. */
export const flags = {
	plain: {
		type: 'boolean',
		default: false,
		usage: '--plain',
		description: 'Print the whole résumé as text, even in a terminal',
	},
	width: {
		type: 'string',
		shortFlag: 'w',
		usage: '--width, -w N',
		description: 'Print the résumé as text N columns wide (20–1000; default 80, or the terminal width up to 100)',
	},
	color: {
		type: 'boolean',
		default: true,
		usage: '--no-color',
		description: 'No colour (NO_COLOR and FORCE_COLOR are honoured too)',
	},
	ascii: {
		type: 'boolean',
		default: false,
		usage: '--ascii',
		description: 'Draw with ASCII only, for terminals without good Unicode',
	},
	help: {type: 'boolean', shortFlag: 'h', usage: '--help, -h', description: 'Show this help'},
	version: {type: 'boolean', shortFlag: 'v', usage: '--version, -v', description: 'Show the version'},
} as const satisfies Record<string, Flag>;

/** Every name meow may report a flag under: long names and short ones. */
export const flagNames: ReadonlySet<string> = new Set(
	Object.entries(flags)
		.flatMap(([name, flag]) => ['shortFlag' in flag ? flag.shortFlag : undefined, name])
		.filter((name): name is string => name !== undefined),
);
