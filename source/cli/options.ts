import type {Format} from '../document/formats.js';
import type {Language} from '../model/language.js';
import type {Strings} from '../strings/index.js';
import type {ColorChoice} from '../theme/color-level.js';
import type {ThemeChoice} from './flags.js';

// Types and defaults only: the linked command (launcher.ts) reads the defaults, and its bundle
// stays small. The checks, which need the interface's words, are in check-options.ts.

/** What the command line asks for, once checked. */
export type Options = {
	readonly plain: boolean;
	/** Columns for printed text, when given. */
	readonly width?: number;
	/** The output format, when given: asking for one asks for printed output. */
	readonly format?: Format;
	/** One section by a name from `sectionNames`, when given. */
	readonly section?: string;
	readonly language: Language;
	readonly color: ColorChoice;
	/** The background the colours are for: found (`auto`) or given. */
	readonly theme: ThemeChoice;
	/** Draw with ASCII only, for terminals without good Unicode. */
	readonly ascii: boolean;
};

/** What a run with no flags asks for, in the locale's language. */
export function defaultOptions(language: Language): Options {
	return {plain: false, color: 'auto', theme: 'auto', ascii: false, language};
}

/** A usage error: one line for stderr, in the interface's language, exit code 2. */
export class UsageError extends Error {
	override name = 'UsageError';
	/** What is wrong, without where the help is: a visitor over SSH is pointed to it another way. */
	readonly reason: string;
	/** The interface text the error is written in. */
	readonly strings: Strings;

	constructor(message: string, strings: Strings) {
		super(message + strings.errors.seeHelp);
		this.reason = message;
		this.strings = strings;
	}
}
