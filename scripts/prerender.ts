// Run by the build: checks the content, and prepares the model and its plain text at the
// default width in each language, and the Markdown of every text the app shows rendered
// once, so that the CLI parses nothing when it starts.

import loadResumes from '../source/content/load-resumes.js';
import toPlainText from '../source/document/plain-text.js';
import {languages} from '../source/model/language.js';
import {defaultWidth} from '../source/text/sizes.js';
import prepareInline from '../source/ui/entries/prepare-inline.js';

export default function prepare(folder: string) {
	const resumes = loadResumes(folder);
	const text = Object.fromEntries(
		languages.map((language) => [language, toPlainText(resumes[language], {width: defaultWidth})]),
	);
	return {resumes, inline: prepareInline(resumes), plain: {text}};
}
