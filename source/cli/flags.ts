import type {FlagName} from '../strings/index.js';

/** One command-line flag: how meow parses it, and how the help writes it. */
export type Flag = {
	readonly type: 'boolean' | 'string';
	readonly shortFlag?: string;
	/** The flag as the help writes it: `--width, -w`; then its value's word, from the interface strings. */
	readonly usage: string;
	/** Which word of the interface strings stands for its value, if it takes one that is not spelled out. */
	readonly value?: 'format' | 'section' | 'theme' | 'width';
};

/** The values `--theme` takes. */
export const themes = ['auto', 'dark', 'light'] as const;

/** The colours asked for: for the terminal's background as found (`auto`), or for a dark or a light one. */
export type ThemeChoice = (typeof themes)[number];

/** Every flag. meow's options, the check for unknown flags and the help are made from this table. */
export const flags = {
	format: {type: 'string', shortFlag: 'f', usage: '--format, -f', value: 'format'},
	section: {type: 'string', shortFlag: 's', usage: '--section, -s', value: 'section'},
	lang: {type: 'string', shortFlag: 'l', usage: '--lang, -l zh|en'},
	width: {type: 'string', shortFlag: 'w', usage: '--width, -w', value: 'width'},
	plain: {type: 'boolean', usage: '--plain'},
	color: {type: 'boolean', usage: '--color, --no-color'},
	theme: {type: 'string', usage: '--theme', value: 'theme'},
	ascii: {type: 'boolean', usage: '--ascii'},
	help: {type: 'boolean', shortFlag: 'h', usage: '--help, -h'},
	version: {type: 'boolean', shortFlag: 'v', usage: '--version, -v'},
} as const satisfies Record<FlagName, Flag>;

/** Every name meow may report a flag under: long names and short ones. */
export const flagNames: ReadonlySet<string> = new Set(
	Object.entries(flags)
		.flatMap(([name, flag]) => ['shortFlag' in flag ? flag.shortFlag : undefined, name])
		.filter((name): name is string => name !== undefined),
);
