import meow from 'meow';
import {flags} from './flags.js';
import helpText from './help.js';
import checkOptions, {type Checks, type Options} from './options.js';
import stringsFor from './strings.js';

/** What the command line asks for: the options, or the help text to print. */
export type Parsed = {readonly options: Options; readonly help?: string};

/**
Parses the command line with meow: `--version` prints and exits; anything else is checked,
and a usage error thrown. `importMeta` is the CLI's, where meow finds the package. The help
text is returned rather than printed: it is drawn with the terminal's glyphs, in the
language asked for.
*/
export default function parseFlags(importMeta: ImportMeta, checks: Checks): Parsed {
	const cli = meow({
		importMeta,
		allowUnknownFlags: true,
		autoHelp: false,
		flags,
	});
	const options = checkOptions(cli.unnormalizedFlags, cli.input, checks);
	if (cli.flags.version) {
		cli.showVersion();
	}

	return cli.flags.help ? {options, help: `${helpText(stringsFor(options.language), checks.sections)}\n`} : {options};
}
