import {formats} from '../document/formats.js';
import {type Language, languages} from '../model/language.js';
import stringsFor, {type Strings} from '../strings/index.js';
import {widthRange} from '../text/sizes.js';
import {flagNames, themes} from './flags.js';
import {defaultOptions, type Options, UsageError} from './options.js';

/** What the options are checked against: the locale's language, the résumé's section names and its number of entries (for the help). */
export type Checks = {readonly language: Language; readonly sections: readonly string[]; readonly entries: number};

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
