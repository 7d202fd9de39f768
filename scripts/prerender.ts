// Run by the build: checks the content, and prepares the model and its plain text at the
// default width, so that the CLI parses nothing when it starts.
import loadResume from '../source/load-resume.js';
import renderPlain from '../source/render-plain.js';

export default function prepare(file: string, width: number) {
	const resume = loadResume(file);
	return {resume, plain: {width, text: renderPlain(resume, width)}};
}
