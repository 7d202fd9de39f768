import {flagNames} from './flags.js';

/** What the command line asks for, once checked. */
export type Options = {
	readonly plain: boolean;
	/** Columns for printed text, when given. */
	readonly width?: number;
	readonly color: boolean;
	/** Draw with ASCII only, for terminals without good Unicode. */
	readonly ascii: boolean;
};

/** A usage error: one line for stderr, exit code 2. */
export class UsageError extends Error {
	override name = 'UsageError';
}

const widthRange = {min: 20, max: 1000} as const;

/** Checks the flags as meow parsed them (unknown ones included) and the arguments. */
export default function checkOptions(flags: Record<string, unknown>, input: readonly string[]): Options {
	const unknown = Object.keys(flags).find((name) => !flagNames.has(name));
	if (unknown !== undefined) {
		throw new UsageError(`unknown option ${unknown.length === 1 ? '-' : '--'}${unknown}`);
	}

	if (input.length > 0) {
		throw new UsageError(`unexpected argument "${input[0]}"`);
	}

	const options = {plain: flags.plain === true, color: flags.color !== false, ascii: flags.ascii === true};
	if (flags.width === undefined) {
		return options;
	}

	const raw = String(flags.width);
	const width = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
	if (!(width >= widthRange.min && width <= widthRange.max)) {
		throw new UsageError(`--width takes a whole number from ${widthRange.min} to ${widthRange.max}, not "${raw}"`);
	}

	return {...options, width};
}
