import meow from 'meow';
import type {Door} from '../model/door.js';
import {isLanguage, type Language} from '../model/language.js';
import stringsFor from '../strings/index.js';
import checkOptions, {type Checks} from './check-options.js';
import {flags} from './flags.js';
import helpText from './help-text.js';
import {type Options, UsageError} from './options.js';

// Short flags that take a value, which may come attached: `-sskills`, `-fjson`, `-w40`.
const valued: ReadonlySet<string> = new Set(
	Object.values(flags).flatMap((flag) => (flag.type === 'string' && 'shortFlag' in flag ? [flag.shortFlag] : [])),
);

// `-sskills` as `-s=skills`: meow would read the letters as flags of their own.
function attached(argument: string): string {
	const match = /^-([a-z])([^=].*)$/.exec(argument);
	return match && valued.has(match[1]!) ? `-${match[1]}=${match[2]}` : argument;
}

// The language a command line asks for, for an error found before the flags are read.
function languageOf(argv: readonly string[]): Language | undefined {
	const found = argv.findLast(
		(argument, index) => ['--lang', '-l'].includes(argv[index - 1] ?? '') && isLanguage(argument),
	);
	return found as Language | undefined;
}

// Flags meow would read too kindly: `--no-format` as a format of false, `--no-plain` or
// `--ascii=yes` as if they meant something. Only `--no-color` means something negated.
function refuseOddBooleans(argv: readonly string[], language: Language): void {
	const strings = stringsFor(language);
	for (const argument of argv) {
		const negated = /^--no-([\w-]+)$/.exec(argument)?.[1];
		if (negated !== undefined && negated !== 'color') {
			throw new UsageError(strings.errors.unknownOption(argument), strings);
		}

		const valued = /^--([\w-]+)=/.exec(argument)?.[1];
		const flag = valued === undefined ? undefined : (flags as Record<string, {type: string}>)[valued];
		if (flag?.type === 'boolean') {
			throw new UsageError(strings.errors.noValue(`--${valued}`), strings);
		}
	}
}

/** What a command line is read against: the checks of its options, and the reader's door, for the help. */
export type Reading = Checks & {readonly door: Door};

/** What the command line asks for: the options, or the help text or the version to print. */
export type Parsed = {readonly options: Options; readonly help?: string; readonly version?: string};

/**
Parses the command line's arguments with meow: each is checked, and a usage error thrown.
`importMeta` is the CLI's, where meow finds the package. Nothing is printed and the process
never exits here (the same parser reads an SSH visitor's command, in a server that serves
others): the help, in the language asked for and for the reader's door, and the version are
returned.
*/
export default function parseFlags(importMeta: ImportMeta, argv: readonly string[], reading: Reading): Parsed {
	const {door, ...checks} = reading;
	refuseOddBooleans(argv, languageOf(argv) ?? checks.language);
	let cli: ReturnType<typeof meow<typeof flags>>;
	try {
		cli = meow({
			importMeta,
			argv: argv.map((argument) => attached(argument)),
			// Else meow prints an unknown flag in English and exits the process (a server's too);
			// checkOptions names it in the reader's language. Help and version are returned.
			allowUnknownFlags: true,
			autoHelp: false,
			autoVersion: false,
			// A boolean flag not given is not there: meow's default, false, made every command line
			// with a flag (`--lang en`) a `--no-color` one.
			booleanDefault: undefined,
			flags,
		});
	} catch (error) {
		// meow refuses a flag given twice, in English and as a plain error.
		const flag = /--[\w-]+/.exec(error instanceof Error ? error.message : '')?.[0];
		const strings = stringsFor(languageOf(argv) ?? checks.language);
		throw flag ? new UsageError(strings.errors.twice(flag), strings) : error;
	}

	const options = checkOptions(cli.unnormalizedFlags, cli.input, checks);
	if (cli.flags.version) {
		return {options, version: `${cli.pkg.version ?? ''}\n`};
	}

	return cli.flags.help
		? {options, help: `${helpText(stringsFor(options.language), checks.sections, checks.entries, door)}\n`}
		: {options};
}
