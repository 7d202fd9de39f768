#!/usr/bin/env node
// The command npm links, built as CommonJS (dist/cli.cjs). Node starts a CommonJS file without
// its ES module loader, which costs a piped run more than all of its own work (about 8 ms).
// The most common run after the terminal's, a pipe with no arguments, prints the résumé the
// build printed, here; every other run loads cli.js. Both plan the run with planRun, on the
// same facts: what this one serves is what cli.js would print.
import plain from 'manjusaka:plain';
import process from 'node:process';
import {defaultOptions} from './source/cli/options.js';
import planRun from './source/cli/plan.js';
import {localeLanguage} from './source/model/language.js';
import ownTerminal from './source/terminal/own-terminal.js';

const {argv, env, stdout} = process;
const language = localeLanguage(env);
const plan = argv.length <= 2 ? planRun(defaultOptions(language), env, ownTerminal(process)) : undefined;
if (plan?.kind === 'print' && plan.prepared) {
	// As in cli.js: a reader that stops early (`| head`) closes the pipe, which is not an error.
	stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') {
			process.stderr.write(`manjusaka: ${error.message}\n`);
			process.exitCode = 1;
		}

		process.exit();
	});
	stdout.write(plain.text[language]);
} else {
	import('./cli.js');
}
