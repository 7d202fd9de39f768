import {readFileSync} from 'node:fs';
import {exactRewrites} from './files.js';

// Ink asks `isDev()` (DEV=true in the environment) at its reconciler's top level and awaits
// React DevTools and its package.json there: the awaits make every module above it wait a
// turn. The bundle is never in development.
export const inkWithoutDevelopment = {
	name: 'ink-without-development',
	setup(builder) {
		builder.onLoad({filter: /ink[\\/]build[\\/]reconciler\.js$/}, ({path}) => {
			const code = readFileSync(path, 'utf8');
			if (!/^if \(isDev\(\)\) \{$/m.test(code) || !/^const packageJson = isDev\(\)$/m.test(code)) {
				throw new Error(`${path}: no top-level isDev() to answer; has Ink's reconciler changed?`);
			}

			return {contents: code.replaceAll('isDev()', 'false'), loader: 'js'};
		});
	},
};

// Ink turns each line of each frame into styled characters and back with ansi-tokenize, which
// copies the active styles into every character and diffs them between every two: most of a
// frame's drawing, and of its garbage. Characters of one run now share their styles (nothing
// writes to them), and a diff between the same styles, or between none and none, is skipped:
// it is empty.
const styledCharsRewrites = [
	['styles: [...codes],', 'styles: codes,'],
	[
		'ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
		'const before = chars[i - 1].styles;\n' +
			'if (before !== char.styles && (before.length > 0 || char.styles.length > 0)) ' +
			'ret += ansiCodesToString(diffAnsiCodes(before, char.styles));',
	],
	['if (i === chars.length - 1) {', 'if (i === chars.length - 1 && char.styles.length > 0) {'],
];

export const sharedStyles = exactRewrites('shared-styles', {
	'@alcalzone/ansi-tokenize/build/styledChars.js': styledCharsRewrites,
});

// Built-in modules and tables that Ink's dependencies load when they load, for a path the
// first frame never takes: made on first use instead. Each piece must be found exactly once.
const loadedOnUse = {
	// signal-exit asks `assert` (about 2 ms to load) whether its callback is a function.
	'signal-exit/index.js': [
		[
			"var assert = require('assert')",
			'var assert = {equal: function (actual, expected, message) { if (actual != expected) ' +
				"require('assert').equal(actual, expected, message) }}",
		],
	],
	// terminal-size asks `tput` through child_process only when no stream knows the size.
	'terminal-size/index.js': [
		[
			"import {execFileSync} from 'node:child_process';",
			"const execFileSync = (...arguments_) => require('node:child_process').execFileSync(...arguments_);",
		],
	],
	// Ink's error screen reads stacks with stack-utils, which builds a pattern for each
	// built-in module when it loads (about 2 ms); only an error ever shows that screen.
	'ink/build/components/ErrorOverview.js': [
		["import StackUtils from 'stack-utils';\n", ''],
		[
			'const stackUtils = new StackUtils({\n    cwd: cwd(),\n    internals: StackUtils.nodeInternals(),\n});',
			"let stackUtilsMade;\nconst stackUtils = {parseLine(line) { const StackUtils = require('stack-utils'); " +
				'stackUtilsMade ??= new StackUtils({cwd: cwd(), internals: StackUtils.nodeInternals()}); ' +
				'return stackUtilsMade.parseLine(line); }};',
		],
	],
};

export const loadOnUse = exactRewrites('load-on-use', loadedOnUse);
