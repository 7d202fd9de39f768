import type {AppPlan, Terminal} from '../../cli/plan.js';
import {isLanguage, type Language, localeLanguage} from '../../model/language.js';
import type {Capabilities} from '../../terminal/session.js';
import type {ColorChoice, ColorLevel} from '../../theme/color-level.js';

// The longest name of a variable taken from a client: LC_IDENTIFICATION, the longest a locale has, is 17.
export const maxNameLength = 32;

/** The longest value of a variable taken from a client, in UTF-16 units; TERM from a pty request too. */
export const maxValueLength = 256;

/** The environment variables a visitor's client may set; every other is refused, as is a name past the bound. */
export function acceptsVariable(name: string): boolean {
	return (
		name.length <= maxNameLength &&
		(['LANG', 'TERM', 'COLORTERM', 'TERM_PROGRAM'].includes(name) || /^LC_[A-Z_]+$/.test(name))
	);
}

// Terminals whose TERM_PROGRAM says they open OSC 8 links. Without a TERM_PROGRAM, nothing
// is known of the visitor's terminal, and a link it cannot open prints as garbage.
const linkingTerminals = new Set(['iTerm.app', 'WezTerm', 'vscode', 'ghostty']);

// What a terminal's TERM and COLORTERM say of its colours: supports-color's rules, which
// read the process's own environment, applied to the visitor's. A terminal that says it has
// none (dumb, -mono) is colorLevel's to answer, as for the local command.
function termColors(env: Readonly<Record<string, string | undefined>>): ColorLevel {
	const term = env.TERM ?? '';
	if (term === '') {
		return 0;
	}

	if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit' || /-direct$/.test(term)) {
		return 3;
	}

	return /-256(?:colou?r)?$/.test(term) ? 2 : 1;
}

/** What is known of a visitor: the name they logged in with and what their client sent. */
export type Visitor = {
	readonly user: string;
	/** TERM from the pty request and the variables the client set. */
	readonly env: Readonly<Record<string, string | undefined>>;
};

/** The language a visitor reads: the user name `en` or `zh`, then the client's locale, as locally. */
export function visitorLanguage({user, env}: Visitor): Language {
	return isLanguage(user) ? user : localeLanguage(env);
}

/**
What a visitor's terminal tells the run's plan: its pty's columns (none without a pty), its
colours and its marks, from TERM and COLORTERM. Without a pty the text goes to a file or a
program, as from a pipe: colour only when asked, as supports-color has it there.
*/
export function visitorTerminal({env}: Visitor, columns: number | undefined, color: ColorChoice): Terminal {
	return {
		columns,
		keys: columns !== undefined,
		colorLevel: columns === undefined && color !== 'always' ? 0 : termColors(env),
		unicode: env.TERM !== 'linux',
		ci: false,
	};
}

/** What a visitor's terminal can show, as the run's plan has it. */
export function visitorCapabilities(visitor: Visitor, plan: AppPlan, language: Language): Capabilities {
	return {
		colorLevel: plan.colorLevel,
		unicode: plan.unicode,
		hyperlinks: linkingTerminals.has(visitor.env.TERM_PROGRAM ?? ''),
		language,
		// Unknown unless the command says: the app asks the visitor's terminal over the channel.
		background: plan.background,
		// A multiplexer on the visitor's side is not known to the server; the terminal it runs in answers.
		multiplexer: 'none',
	};
}
