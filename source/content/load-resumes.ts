import {join} from 'node:path';
import type {Language} from '../model/language.js';
import type {Resumes} from '../model/resume.js';
import checkTranslation from './check-translation.js';
import loadResume, {parseResume, readSource} from './load-resume.js';

/** The content file of a language in a content folder: `resume.zh.md`. */
const contentFile = (folder: string, language: Language): string => join(folder, `resume.${language}.md`);

/**
Reads the Chinese original and its English translation from a content folder, and checks
that the translation has the original's shape. Any problem is a ContentError.
*/
export default function loadResumes(folder: string): Resumes {
	const zh = loadResume(contentFile(folder, 'zh'));
	const file = contentFile(folder, 'en');
	const source = readSource(file);
	const en = parseResume(source, file);
	checkTranslation(zh, en, file, source);
	return {zh, en};
}
