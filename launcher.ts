#!/usr/bin/env node
// The command npm links, built as CommonJS (dist/cli.cjs). Node starts a CommonJS file without
// its ES module loader, which costs a piped run more than all of its own work (about 8 ms).
// The most common run after the terminal's, a pipe with no arguments, prints the résumé the
// build printed, here; every other run loads cli.js, which decides everything itself.
import plain from 'manjusaka:plain';
import process from 'node:process';
import {supportsColor} from 'chalk';
import {localeLanguage} from './source/model/language.js';
import colorLevel, {type ColorLevel} from './source/theme/color-level.js';

const {argv, env, stdout} = process;
// What cli.js does for this run: no flags, so the locale's language and `--color` unsaid; a
// pipe, so printed text at 80 columns; no colour, so the text the build printed.
const detected = (supportsColor || {level: 0}).level as ColorLevel;
if (argv.length <= 2 && !stdout.isTTY && plain.width === 80 && colorLevel('auto', env, detected) === 0) {
	// As in cli.js: a reader that stops early (`| head`) closes the pipe, which is not an error.
	stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') {
			process.stderr.write(`manjusaka: ${error.message}\n`);
			process.exitCode = 1;
		}

		process.exit();
	});
	stdout.write(plain.text[localeLanguage(env)]);
} else {
	import('./cli.js');
}
