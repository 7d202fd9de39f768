// Run by the build: checks the content, and prepares the model and its plain text at the
// default width, so that the CLI parses nothing when it starts.
import {parseResume} from '../source/load-resume.js';
import renderPlain from '../source/render-plain.js';

export default function prepare(source: string, file: string, width: number) {
	const resume = parseResume(source, file);
	return {resume, plain: {width, text: renderPlain(resume, width)}};
}
