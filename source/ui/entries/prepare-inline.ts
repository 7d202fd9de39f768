import {type Language, languages} from '../../model/language.js';
import type {Resumes} from '../../model/resume.js';
import stringsFor from '../../strings/index.js';
import {readStyled, recordable, recordingTheme, type Styled} from '../../theme/styled.js';
import createTheme from '../../theme/theme.js';
import toEntries from './entries.js';
import createInlineRenderer from './inline-renderer.js';

/** Each inline Markdown text the app shows, as styled text that any theme paints. */
export type PreparedInline = Readonly<Record<string, readonly Styled[]>>;

const textsOf = (resumes: Resumes, language: Language): string[] =>
	toEntries(resumes[language], stringsFor(language)).flatMap((entry) =>
		entry.blocks.flatMap((block) => (block.kind === 'list' ? block.items : 'text' in block ? [block.text] : [])),
	);

/**
Every text of every entry in every language through marked-terminal, once, at build time:
the app then paints the result for its theme without loading a Markdown parser.
*/
export default function prepareInline(resumes: Resumes): PreparedInline {
	const render = createInlineRenderer(
		recordingTheme(createTheme({colorLevel: 0, unicode: true, hyperlinks: false, background: 'dark'})),
	);
	const texts = new Set(languages.flatMap((language) => textsOf(resumes, language)));
	return Object.fromEntries(
		[...texts].map((text) => {
			if (!recordable(text)) {
				throw new Error(`characters U+E000–U+E003 are kept for the build's own use: ${JSON.stringify(text)}`);
			}

			return [text, readStyled(render(text))];
		}),
	);
}
