import type {Action, Command, Scope} from '../keys/key-table.js';

// Apart from index.ts, which imports the tables of en.ts and zh.ts: each is typed by this shape.

/** The flags whose help line is written in each language. */
export type FlagName =
	| 'format'
	| 'section'
	| 'lang'
	| 'plain'
	| 'width'
	| 'color'
	| 'theme'
	| 'ascii'
	| 'help'
	| 'version';

/** Every text of the interface in one language: menu, labels, footer, help and errors. */
export type Strings = {
	/** The profile's name, in the menu and as its panel's title: the content has no heading for it. */
	readonly profile: string;
	/** The screen of a terminal smaller than the app draws in; then a shorter form, for one where that does not fit. */
	readonly tooSmall: (columns: number, rows: number, minColumns: number, minRows: number) => string;
	readonly tooSmallShort: string;
	/** Footer words, by the action of a hint. `language` names the language the key switches to. */
	readonly actions: Readonly<Record<Action, string>>;
	/** What each command does, for the help screen and `--help`. */
	readonly commands: Readonly<Record<Command, string>>;
	readonly scopes: Readonly<Record<Scope, string>>;
	/** The search's footer: how many matches the query has, and which of them is shown. */
	readonly search: {
		readonly matches: (count: number) => string;
		readonly position: (index: number, count: number) => string;
	};
	/** The help screen's title. */
	readonly helpTitle: string;
	/** The card left after `q`: the labels of the e-mail address and the blog, and what the commands under it do. */
	readonly card: {readonly email: string; readonly blog: string; readonly keep: string};
	/** What the footer says for a moment after `c`: the terminal was asked; whether it did, the app cannot know. */
	readonly copyAsked: (address: string) => string;
	/** `--help`: headings, the one-line summary, each flag's line and the examples. */
	readonly usage: {
		readonly usage: string;
		readonly options: string;
		readonly keys: string;
		readonly examples: string;
		readonly command: string;
		/** The server's command line, with where its own help is. */
		readonly serve: string;
		readonly summary: string;
		/** The words in a flag's usage that stand for its value: `--width, -w N`. */
		readonly values: {
			readonly format: string;
			readonly section: string;
			readonly theme: string;
			readonly width: string;
		};
		readonly flags: Readonly<Record<Exclude<FlagName, 'section'>, string>> & {
			readonly section: (names: readonly string[]) => string;
		};
	};
	/**
	What a visitor over SSH (`manjusaka serve`) is told where the local command's words would
	not hold: how to call it, and the flags that speak of the local environment.
	*/
	readonly ssh: {
		/** Placeholders in the ssh command: what only the visitor knows, the server's name and port as they reached it. */
		readonly host: string;
		readonly port: string;
		/** The placeholder of the flags in the usage line: `[-- options]`. */
		readonly options: string;
		readonly summary: string;
		/** The flags' lines that name the local environment (`NO_COLOR`, `COLORFGBG`), said of a visitor's. */
		readonly flags: {readonly lang: string; readonly color: string; readonly theme: string};
		/** After a usage error: where the help is, given the command that shows it. */
		readonly seeHelp: (command: string) => string;
	};
	/** Usage errors: one line each, then `seeHelp`; and the one line of an error that ends the app. */
	readonly errors: {
		readonly unknownOption: (flag: string) => string;
		readonly unexpectedArgument: (argument: string) => string;
		readonly width: (raw: string, min: number, max: number) => string;
		readonly choice: (flag: string, raw: string, choices: readonly string[]) => string;
		readonly section: (name: string, names: readonly string[]) => string;
		readonly missingValue: (flag: string, choices: readonly string[]) => string;
		readonly twice: (flag: string) => string;
		readonly noValue: (flag: string) => string;
		/** An error that ends the app: not a usage error, never a stack trace. */
		readonly fatal: (message: string) => string;
		readonly widthFormat: string;
		readonly seeHelp: string;
	};
	/** What an SSH visitor is told when the server refuses or ends a session: one line each. */
	readonly visit: {
		readonly tooManyFromAddress: string;
		readonly full: string;
		readonly restarting: string;
		/** The session ended after this many seconds without input. */
		readonly idle: (seconds: number) => string;
		/** The session reached the longest a session may last, in seconds. */
		readonly tooLong: (seconds: number) => string;
		readonly failed: string;
		/** The session ended: the visitor sent far more input than a person types or pastes. */
		readonly tooMuchInput: string;
	};
};
