import {parse} from 'shell-quote';
import {defaultOptions, type Options, UsageError} from '../../cli/options.js';
import parseFlags from '../../cli/parse-flags.js';
import planRun, {type AppPlan} from '../../cli/plan.js';
import printResume from '../../document/print.js';
import type {Resumes} from '../../model/resume.js';
import {partNames, sectionNames} from '../../model/section.js';
import stringsFor from '../../strings/index.js';
import sshCommand from '../../strings/ssh-command.js';
import glyphsFor from '../../theme/glyphs.js';
import {type Visitor, visitorLanguage, visitorTerminal} from './visitor.js';

/** What a visitor's session does: the full-screen app, or text to print and the exit status. */
export type Plan =
	| {readonly kind: 'app'; readonly options: Options; readonly run: AppPlan}
	| {readonly kind: 'print'; readonly stdout: string; readonly stderr: string; readonly status: number};

/** How a visitor came: their terminal's size when they asked for one, and the command they sent, if any. */
type Request = {
	readonly visitor: Visitor;
	/** The pty's columns, or undefined without a pty. */
	readonly columns: number | undefined;
	readonly command: string | undefined;
};

// A command is split as a shell would split words, and nothing more: no variable, glob,
// pipe or redirection means anything, and none is run.
function words(command: string, language: ReturnType<typeof visitorLanguage>): string[] {
	const strings = stringsFor(language);
	return parse(command, (name) => `$${name}`).map((word) => {
		if (typeof word !== 'string') {
			const written = 'op' in word ? (word.op === 'glob' ? word.pattern : word.op) : `#${word.comment}`;
			throw new UsageError(strings.errors.unexpectedArgument(written), strings);
		}

		return word;
	});
}

// The error's line, pointing to the help as a visitor asks for it: with ssh, not `manjusaka --help`.
const usageError = ({reason, strings}: UsageError): Plan => ({
	kind: 'print',
	stdout: '',
	stderr: `manjusaka: ${reason}${strings.ssh.seeHelp(sshCommand(strings, {flags: '--help'}))}\n`,
	status: 2,
});

/**
What a visitor asked for, read by the same flag parser as the local command: the app when
there is a terminal that can show it and nothing asks for printed text; otherwise the
résumé as text (the whole of it, as `manjusaka --plain` prints it, without a command).
*/
export default function planSession(
	resumes: Resumes,
	importMeta: ImportMeta,
	{visitor, columns, command}: Request,
): Plan {
	const language = visitorLanguage(visitor);
	let options = defaultOptions(language);
	let parsed: ReturnType<typeof parseFlags> = {options};
	try {
		const argv = command === undefined ? [] : words(command, language);
		if (argv[0] === 'serve') {
			const strings = stringsFor(language);
			throw new UsageError(strings.errors.unexpectedArgument('serve'), strings);
		}

		parsed = parseFlags(importMeta, argv, {
			language,
			sections: sectionNames(resumes[language]),
			entries: partNames(resumes[language]).length,
			door: 'ssh',
		});
		options = parsed.options;
	} catch (error) {
		if (error instanceof UsageError) {
			return usageError(error);
		}

		throw error;
	}

	const print = (stdout: string): Plan => ({kind: 'print', stdout, stderr: '', status: 0});
	const plan = planRun(options, visitor.env, visitorTerminal(visitor, columns, options.color));
	if (parsed.version !== undefined) {
		return print(parsed.version);
	}

	if (parsed.help !== undefined) {
		return print(glyphsFor(plan).text(parsed.help));
	}

	if (plan.kind === 'app') {
		return {kind: 'app', options, run: plan};
	}

	return print(
		printResume(resumes[options.language], {
			format: plan.format,
			language: options.language,
			width: plan.width,
			colorLevel: plan.colorLevel,
			section: options.section,
			unicode: plan.unicode,
			background: plan.background,
		}),
	);
}
