import {type Format, formats} from '../document/formats.js';
import {type Language, languages} from '../model/language.js';
import stringsFor, {type Strings} from '../strings/index.js';
import type {ColorChoice} from '../theme/color-level.js';
import {flagNames, type ThemeChoice, themes} from './flags.js';

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

/** What the options are checked against: the locale's language, the résumé's section names and its number of entries (for the help). */
export type Checks = {readonly language: Language; readonly sections: readonly string[]; readonly entries: number};

const widthRange = {min: 20, max: 1000} as const;

function choice<T extends string>(raw: unknown, flag: string, choices: readonly T[], strings: Strings): T | undefined {
	if (raw === undefined) {
		return undefined;
	}

	const value = String(raw);
	if (value === '') {
		throw new UsageError(strings.errors.missingValue(flag, choices), strings);
	}

	if (!(choices as readonly string[]).includes(value)) {
		throw new UsageError(
			flag === '--section' ? strings.errors.section(value, choices) : strings.errors.choice(flag, value, choices),
			strings,
		);
	}

	return value as T;
}

/**
Checks the flags as meow parsed them (unknown ones included) and the arguments. The
language comes first: every message after it is in the language asked for.
*/
export default function checkOptions(
	flags: Record<string, unknown>,
	input: readonly string[],
	checks: Checks,
): Options {
	const language = choice(flags.lang, '--lang', languages, stringsFor(checks.language)) ?? checks.language;
	const strings = stringsFor(language);
	const unknown = Object.keys(flags).find((name) => !flagNames.has(name));
	if (unknown !== undefined) {
		throw new UsageError(strings.errors.unknownOption(`${unknown.length === 1 ? '-' : '--'}${unknown}`), strings);
	}

	if (input.length > 0) {
		throw new UsageError(strings.errors.unexpectedArgument(input[0]!), strings);
	}

	const format = choice(flags.format, '--format', formats, strings);
	const section = choice(flags.section, '--section', checks.sections, strings);
	const theme = choice(flags.theme, '--theme', themes, strings);

	const given = (name: 'plain' | 'ascii') => (typeof flags[name] === 'boolean' ? {[name]: flags[name]} : {});
	const options: Options = {
		...defaultOptions(language),
		...given('plain'),
		...given('ascii'),
		...(typeof flags.color === 'boolean' ? {color: flags.color ? 'always' : 'never'} : {}),
		...(format === undefined ? {} : {format}),
		...(section === undefined ? {} : {section}),
		...(theme === undefined ? {} : {theme}),
	};
	if (flags.width === undefined) {
		return options;
	}

	if (format !== undefined && format !== 'text') {
		throw new UsageError(strings.errors.widthFormat, strings);
	}

	const raw = String(flags.width);
	if (raw === '') {
		throw new UsageError(strings.errors.missingValue('--width', [`${widthRange.min}–${widthRange.max}`]), strings);
	}

	const width = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
	if (!(width >= widthRange.min && width <= widthRange.max)) {
		throw new UsageError(strings.errors.width(raw, widthRange.min, widthRange.max), strings);
	}

	return {...options, width};
}
