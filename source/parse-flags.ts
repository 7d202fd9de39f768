import meow from 'meow';
import {flags} from './flags.js';
import helpText from './help.js';
import checkOptions, {type Options} from './options.js';

/** What the command line asks for: the options, or the help text to print. */
export type Parsed = {readonly options: Options; readonly help?: string};

/**
Parses the command line with meow: `--version` prints and exits; anything else is checked,
and a usage error thrown. `importMeta` is the CLI's, where meow finds the package. The help
text is returned rather than printed: it is drawn with the terminal's glyphs.
*/
export default function parseFlags(importMeta: ImportMeta): Parsed {
	const cli = meow(helpText(), {
		importMeta,
		allowUnknownFlags: true,
		autoHelp: false,
		flags,
	});
	const options = checkOptions(cli.unnormalizedFlags, cli.input);
	if (cli.flags.version) {
		cli.showVersion();
	}

	return cli.flags.help ? {options, help: `${cli.help}\n`} : {options};
}
