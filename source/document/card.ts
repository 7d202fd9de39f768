import type {Door} from '../model/door.js';
import type {Language} from '../model/language.js';
import type {Basics} from '../model/resume.js';
import type {Strings} from '../strings/index.js';
import sshCommand from '../strings/ssh-command.js';
import stringWidth from '../text/string-width.js';
import {padColumns} from '../text/truncate.js';
import type {Theme} from '../theme/theme.js';

// The commands that keep the whole résumé in `language`, as text and as JSON Resume, as typed at `door`.
function keepCommands(door: Door, language: Language, strings: Strings): string[] {
	return door === 'local'
		? [`npx manjusaka --lang ${language} > cv.txt`, `npx manjusaka --lang ${language} --format json > resume.json`]
		: [
				`${sshCommand(strings, {language, want: 'text'})} > cv.txt`,
				`${sshCommand(strings, {language, flags: '--format json'})} > resume.json`,
			];
}

/**
The card left on the normal screen after `q`, once the full-screen view is gone: the name
and role, the e-mail address and the blog (links where the terminal opens them), and the
commands that keep the whole résumé, in the language shown, as typed at the reader's door.
Its lines, without their ends; open on the right, so that a narrow terminal wraps a long
line without breaking a box.
*/
export default function card(basics: Basics, language: Language, strings: Strings, theme: Theme, door: Door): string[] {
	const {paint, glyphs} = theme;
	const [corner, line] = glyphs.blurred.top;
	const side = paint.border(glyphs.blurred.side);
	const who = [basics.name, basics.role].filter(Boolean).join(glyphs.text(' · '));
	const link = (text: string, url: string) => paint.link(theme.hyperlink(text, url));
	const contacts: Array<readonly [string, string]> = [
		...(basics.email ? [[strings.card.email, link(basics.email, `mailto:${basics.email}`)] as const] : []),
		...(basics.blog ? [[strings.card.blog, link(basics.blog, basics.blog)] as const] : []),
	];
	const labelWidth = Math.max(0, ...contacts.map(([label]) => stringWidth(label))) + 2;
	const commands = keepCommands(door, language, strings);
	return [
		`${paint.border(`${corner}${line}`)} ${paint.bold(paint.accent(who))}`,
		...contacts.map(([label, value]) => `${side}  ${paint.muted(padColumns(label, labelWidth))}${value}`),
		`${side}  ${paint.muted(strings.card.keep)}`,
		...commands.map((command) => `${side}    ${paint.code(command)}`),
		paint.border(`${glyphs.blurred.bottom[0]}${line}`),
	];
}
