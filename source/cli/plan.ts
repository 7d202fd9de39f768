import type {Format} from '../document/formats.js';
import {defaultWidth, maxTextWidth} from '../text/sizes.js';
import {colorfgbgBackground} from '../theme/background.js';
import colorLevel, {type ColorLevel} from '../theme/color-level.js';
import type {Background} from '../theme/palette.js';
import type {Options} from './options.js';

// Light on purpose: the linked command (launcher.ts) runs this before anything else is loaded.

/** What a run's terminal, or the lack of one, tells: found by the entry point, for its own process or for a visitor. */
export type Terminal = {
	/** The output's columns when it is a terminal that says them; undefined for a pipe, a file, a session without a pty. */
	readonly columns: number | undefined;
	/** Whether keys come from the terminal the output goes to: input and output are both a terminal (or a pty). */
	readonly keys: boolean;
	/** The colours the output takes before the command line and NO_COLOR have their say: supports-color's answer. */
	readonly colorLevel: ColorLevel;
	/** Whether the terminal draws Unicode's box lines and arrows well (the Linux console does not). */
	readonly unicode: boolean;
	/** Whether the run is in CI, where a full-screen app draws nothing until it exits. */
	readonly ci: boolean;
};

/**
What a run does: the full-screen app, or the résumé printed as text; with how much colour,
for what background, and in Unicode or ASCII.
*/
export type RunPlan = {readonly colorLevel: ColorLevel; readonly unicode: boolean} & (
	| {
			readonly kind: 'app';
			/** As `--theme` or COLORFGBG says; unknown, the app asks the terminal. */
			readonly background: Background | 'unknown';
	  }
	| {
			readonly kind: 'print';
			/** As `--theme` or COLORFGBG says; dark when neither does. */
			readonly background: Background;
			readonly format: Format;
			readonly width: number;
			/** The whole résumé as text at the default width, without colour, in Unicode: the text the build printed. */
			readonly prepared: boolean;
	  }
);

/** A plan for the full-screen app. */
export type AppPlan = Extract<RunPlan, {kind: 'app'}>;

/** The variables the plan reads: TERM, COLORFGBG, and the colour ones (NO_COLOR, FORCE_COLOR). */
export type Env = Readonly<Record<string, string | undefined>>;

/**
The one place a run is planned, by the linked command, the full CLI and the server alike.
A width, a format or `--plain` asks for printed text; so does a terminal that cannot run
a full-screen view (no keys, TERM=dumb) and CI. Printed text fits a terminal up to
`maxTextWidth`, and is `defaultWidth` wide without one.
*/
export default function planRun(options: Options, env: Env, terminal: Terminal): RunPlan {
	const level = colorLevel(options.color, env, terminal.colorLevel);
	const unicode = !options.ascii && terminal.unicode;
	const background = options.theme === 'auto' ? (colorfgbgBackground(env.COLORFGBG) ?? 'unknown') : options.theme;
	const app =
		!options.plain &&
		options.format === undefined &&
		options.width === undefined &&
		terminal.keys &&
		env.TERM !== 'dumb' &&
		!terminal.ci;
	if (app) {
		return {kind: 'app', colorLevel: level, unicode, background};
	}

	const format = options.format ?? 'text';
	const width = options.width ?? (terminal.columns ? Math.min(terminal.columns, maxTextWidth) : defaultWidth);
	const prepared =
		format === 'text' && width === defaultWidth && level === 0 && unicode && options.section === undefined;
	return {
		kind: 'print',
		format,
		width,
		colorLevel: level,
		unicode,
		background: background === 'unknown' ? 'dark' : background,
		prepared,
	};
}
