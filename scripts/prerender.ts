// Run by the build: checks the content, and prepares the model and its plain text at the
// default width in each language, so that the CLI parses nothing when it starts.

import loadResumes from '../source/content/load-resumes.js';
import toPlainText from '../source/document/plain-text.js';
import {languages} from '../source/model/language.js';

export default function prepare(folder: string, width: number) {
	const resumes = loadResumes(folder);
	const text = Object.fromEntries(languages.map((language) => [language, toPlainText(resumes[language], {width})]));
	return {resumes, plain: {width, text}};
}
