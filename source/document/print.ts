import type {Language} from '../model/language.js';
import type {Resume} from '../model/resume.js';
import type {ColorLevel} from '../theme/color-level.js';
import glyphsFor from '../theme/glyphs.js';
import type {Background} from '../theme/palette.js';
import createTheme from '../theme/theme.js';
import type {Format} from './formats.js';
import toJsonResume from './json-resume.js';
import toMarkdown from './markdown.js';
import toPlainText, {paintedStyle, plainStyle} from './plain-text.js';

/** How to print: the format, the width and colour of text, and one section if asked. */
export type PrintOptions = {
	readonly format: Format;
	readonly language: Language;
	readonly width: number;
	/** Colour, for text only: Markdown and JSON are for other programs. */
	readonly colorLevel: ColorLevel;
	/** Whether the text may draw its timeline in Unicode; without, in ASCII (`--ascii`). */
	readonly unicode?: boolean;
	/** The background the colours are for. */
	readonly background: Background;
	/** A name from `sectionNames`. */
	readonly section?: string | undefined;
};

/** The résumé, or one section of it, in the format asked for. */
export default function printResume(
	resume: Resume,
	{format, language, width, colorLevel, background, section, unicode = true}: PrintOptions,
): string {
	switch (format) {
		case 'json': {
			return `${JSON.stringify(toJsonResume(resume, language, section), undefined, 2)}\n`;
		}

		case 'markdown': {
			return toMarkdown(resume, section);
		}

		case 'text': {
			const painted =
				colorLevel > 0
					? paintedStyle(createTheme({colorLevel, background, unicode: true, hyperlinks: false}))
					: plainStyle;
			const {timeline, ellipsis} = glyphsFor({unicode});
			const style = {...painted, timeline: {...painted.timeline, marks: timeline, ellipsis}};
			return toPlainText(resume, {width, style, section});
		}
	}
}
