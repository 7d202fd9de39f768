import toJsonResume from '../../source/document/json-resume.js';
import toMarkdown from '../../source/document/markdown.js';
import toPlainText from '../../source/document/plain-text.js';
import type {Resumes} from '../../source/model/resume.js';

/**
The files of test/golden/ by name: the content's text, Markdown and JSON, which the formats'
tests compare byte for byte and `npm run refresh` writes after an edit to content/.
*/
export default function goldenFiles(resumes: Resumes): Record<string, string> {
	const json = (language: 'zh' | 'en') =>
		`${JSON.stringify(toJsonResume(resumes[language], language), undefined, 2)}\n`;
	return {
		'plain-80.txt': toPlainText(resumes.zh, {width: 80}),
		'plain-40.txt': toPlainText(resumes.zh, {width: 40}),
		'plain-80.en.txt': toPlainText(resumes.en, {width: 80}),
		'resume.zh.json': json('zh'),
		'resume.en.json': json('en'),
		'resume.zh.md': toMarkdown(resumes.zh),
		'resume.en.md': toMarkdown(resumes.en),
	};
}
