import card from '../../document/card.js';
import type {Door} from '../../model/door.js';
import type {Language} from '../../model/language.js';
import type {Resumes} from '../../model/resume.js';
import stringsFor from '../../strings/index.js';
import type {Theme} from '../../theme/theme.js';

/**
The card left after `q`, as written to the terminal: each line ended by CR LF, which an SSH
channel needs (it turns no LF into CR LF: bare LFs would staircase down the screen). Its
commands are those of the reader's door.
*/
export default function cardBytes(resumes: Resumes, language: Language, theme: Theme, door: Door): string {
	return card(resumes[language].basics, language, stringsFor(language), theme, door)
		.map((line) => `${line}\r\n`)
		.join('');
}
