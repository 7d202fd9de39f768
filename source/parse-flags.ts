import meow from 'meow';
import helpText from './help.js';
import checkOptions, {type Options} from './options.js';

/**
Parses the command line with meow: `--help` and `--version` print and exit; anything else
is checked, and a usage error thrown. `importMeta` is the CLI's, where meow finds the package.
*/
export default function parseFlags(importMeta: ImportMeta): Options {
	const cli = meow(helpText(), {
		importMeta,
		allowUnknownFlags: true,
		flags: {
			plain: {type: 'boolean', default: false},
			width: {type: 'string', shortFlag: 'w'},
			color: {type: 'boolean', default: true},
			help: {type: 'boolean', shortFlag: 'h'},
			version: {type: 'boolean', shortFlag: 'v'},
		},
	});
	const options = checkOptions(cli.unnormalizedFlags, cli.input);
	if (cli.flags.help) {
		cli.showHelp(0);
	}

	if (cli.flags.version) {
		cli.showVersion();
	}

	return options;
}
