import type {Strings} from './index.js';

const list = (names: readonly string[]) => names.join(', ');

// A time as a person says it: seconds up to two minutes, then whole minutes.
const duration = (seconds: number) =>
	seconds < 120 ? `${seconds} ${seconds === 1 ? 'second' : 'seconds'}` : `${Math.round(seconds / 60)} minutes`;

/** The interface in English. */
const en: Strings = {
	profile: 'Profile',
	tooSmall: (columns, rows, minColumns, minRows) => `Too small: ${columns}×${rows}, need ${minColumns}×${minRows}`,
	tooSmallShort: 'Too small',
	actions: {
		move: 'move',
		read: 'read',
		scroll: 'scroll',
		menu: 'menu',
		page: 'page',
		topEnd: 'top/end',
		jump: 'jump',
		language: '中文',
		help: 'help',
		quit: 'quit',
		close: 'close',
	},
	commands: {
		previous: 'previous entry',
		next: 'next entry',
		open: 'move into the panel',
		back: 'back to the menu',
		lineUp: 'scroll up a line',
		lineDown: 'scroll down a line',
		pageUp: 'scroll up a page',
		pageDown: 'scroll down a page',
		top: 'go to the top',
		bottom: 'go to the end',
		jump: 'jump to an entry by its number',
		language: 'switch language: 中文 / English',
		help: 'show these keys',
		quit: 'quit',
		interrupt: 'quit with exit status 130',
		suspend: 'suspend; fg brings it back',
	},
	scopes: {menu: 'In the menu', panel: 'In the panel', global: 'Anywhere'},
	helpTitle: 'Keys',
	usage: {
		usage: 'Usage',
		options: 'Options',
		keys: 'Keys',
		examples: 'Examples',
		command: '$ npx manjusaka [options]',
		summary: 'In a terminal it opens the résumé full screen; piped or redirected it prints it as text.',
		values: {format: 'FORMAT', section: 'NAME', width: 'N'},
		flags: {
			format: 'Print the résumé as text (the default), markdown, or json (JSON Resume)',
			section: (names) => `Only one section: ${list(names)}; full screen, start on it`,
			lang: 'zh (the original) or en; the default is en when the locale (LC_ALL, LC_MESSAGES, LANG) is English',
			plain: 'Print instead of opening the full-screen view, even in a terminal',
			width: 'Print the résumé as text N columns wide (20–1000; default 80, or the terminal width up to 100)',
			color: 'Colour even in a pipe, or none (NO_COLOR and FORCE_COLOR are honoured too)',
			ascii: 'Draw with ASCII only, for terminals without good Unicode',
			help: 'Show this help',
			version: 'Show the version',
		},
	},
	errors: {
		unknownOption: (flag) => `unknown option ${flag}`,
		unexpectedArgument: (argument) => `unexpected argument "${argument}"`,
		width: (raw, min, max) => `--width takes a whole number from ${min} to ${max}, not "${raw}"`,
		choice: (flag, raw, choices) => `${flag} takes ${choices.join(', ')}, not "${raw}"`,
		section: (name, names) => `unknown section "${name}": choose one of ${list(names)}`,
		missingValue: (flag, choices) => `${flag} needs a value: ${list(choices)}`,
		twice: (flag) => `${flag} is given more than once`,
		noValue: (flag) => `${flag} takes no value`,
		fatal: (message) => `stopped by an error: ${message}`,
		widthFormat: '--width applies to text only, not to --format markdown or json',
		seeHelp: ' (see manjusaka --help)',
	},
	visit: {
		tooManyFromAddress: 'too many sessions from your address; try again in a minute',
		full: 'the server is full; try again in a minute',
		restarting: 'the server is restarting; reconnect in a moment',
		idle: (seconds) => `closed after ${duration(seconds)} without a key; reconnect to go on`,
		tooLong: (seconds) => `this session reached its limit of ${duration(seconds)}; reconnect to go on`,
		failed: 'the session stopped on an error on the server; reconnect to try again',
	},
};

export default en;
