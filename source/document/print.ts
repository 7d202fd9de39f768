import type {Format} from '../cli/flags.js';
import type {Language} from '../model/language.js';
import type {Resume} from '../model/resume.js';
import createTheme from '../theme/theme.js';
import toJsonResume from './json-resume.js';
import renderMarkdown from './markdown.js';
import renderPlain, {paintedStyle, plainStyle} from './plain-text.js';

/** How to print: the format, the width and colour of text, and one section if asked. */
export type PrintOptions = {
	readonly format: Format;
	readonly language: Language;
	readonly width: number;
	/** Colour, for text only: Markdown and JSON are for other programs. */
	readonly color: boolean;
	readonly section?: string;
};

/** The résumé, or one section of it, in the format asked for. */
export default function printResume(resume: Resume, {format, language, width, color, section}: PrintOptions): string {
	switch (format) {
		case 'json': {
			return `${JSON.stringify(toJsonResume(resume, language, section), undefined, 2)}\n`;
		}

		case 'markdown': {
			return renderMarkdown(resume, section);
		}

		case 'text': {
			return renderPlain(resume, width, color ? paintedStyle(createTheme(true)) : plainStyle, section);
		}
	}
}
