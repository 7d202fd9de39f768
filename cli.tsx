#!/usr/bin/env node
import prepared from 'manjusaka:prepared';
import module from 'node:module';
import process from 'node:process';
import {defaultOptions, UsageError} from './source/cli/options.js';
import planRun from './source/cli/plan.js';
import {localeLanguage} from './source/model/language.js';
import {partNames, sectionNames} from './source/model/section.js';
import ownTerminal from './source/terminal/own-terminal.js';
import type {Capabilities} from './source/terminal/session.js';
import glyphsFor from './source/theme/glyphs.js';

// Node 22.1 and later keep compiled code on disk: a second run starts faster. Node 20 has no cache.
(module as {enableCompileCache?: () => unknown}).enableCompileCache?.();

const fail = (message: string, code: number): never => {
	process.stderr.write(`manjusaka: ${message}\n`);
	process.exit(code);
};

// A reader that stops early (`| head`) closes the pipe: that is not an error. A terminal
// that went away (EIO) takes no message; its hangup decides how the app ends.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') {
		process.exit(0);
	}

	if (error.code !== 'EIO') {
		fail(error.message, 1);
	}
});

// The interface's language: the locale's, then the one the command line asks for.
let language = localeLanguage(process.env);

async function main(): Promise<number> {
	// `manjusaka serve`: the SSH server, in a chunk of its own that nothing else loads.
	if (process.argv[2] === 'serve') {
		const {default: serve} = await import('./source/serve/main.js');
		return serve(import.meta, process.argv.slice(3), prepared);
	}

	// Most runs have no arguments: the flag parser, a tenth of the start-up, is loaded only for those that do.
	const {options, help, version} =
		process.argv.length > 2
			? (await import('./source/cli/parse-flags.js')).default(import.meta, process.argv.slice(2), {
					language,
					sections: sectionNames(prepared.resumes[language]),
					entries: partNames(prepared.resumes[language]).length,
					door: 'local',
				})
			: {options: defaultOptions(language)};
	language = options.language;
	const {stdout} = process;
	const plan = planRun(options, process.env, ownTerminal(process));
	const {colorLevel: level, unicode} = plan;
	if (version !== undefined) {
		stdout.write(version);
		return 0;
	}

	if (help !== undefined) {
		stdout.write(glyphsFor({unicode}).text(help));
		return 0;
	}

	if (plan.kind === 'print') {
		if (plan.prepared) {
			stdout.write(prepared.plain.text[options.language]);
			return 0;
		}

		const {default: printResume} = await import('./source/document/print.js');
		stdout.write(
			printResume(prepared.resumes[options.language], {
				format: plan.format,
				language: options.language,
				width: plan.width,
				colorLevel: level,
				background: plan.background,
				section: options.section,
				unicode,
			}),
		);
		return 0;
	}

	const [, {default: runApp}, {default: runOnLocalTerminal}, {createSupportsHyperlinks}] = await Promise.all([
		// Ink's layout engine compiles its WebAssembly off the main thread when it loads: asked
		// for first, it compiles while the app's own code is read and compiled.
		import('yoga-layout'),
		import('./source/ui/session/run-app.js'),
		import('./source/terminal/local-terminal.js'),
		import('supports-hyperlinks'),
	]);
	const {TMUX, STY} = process.env;
	const capabilities: Capabilities = {
		colorLevel: level,
		background: plan.background,
		multiplexer: TMUX ? 'tmux' : STY ? 'screen' : 'none',
		unicode,
		hyperlinks: createSupportsHyperlinks(stdout),
		language: options.language,
	};
	return runOnLocalTerminal(capabilities, (session) => runApp(prepared, session, {section: options.section}));
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	async (error: unknown) => {
		if (error instanceof UsageError) {
			fail(error.message, 2);
		}

		const {default: stringsFor} = await import('./source/strings/index.js');
		fail(stringsFor(language).errors.fatal(error instanceof Error ? error.message : String(error)), 1);
	},
);
