import assert from 'node:assert/strict';
import {test} from 'node:test';
import {inlineToPlain} from '../../source/model/inline-markdown.js';
import {maxGroupWidth} from '../../source/text/bracket-groups.js';
import stringWidth from '../../source/text/string-width.js';
import wrap from '../../source/text/wrap.js';
import {resumes} from '../support/draw.js';

// A bracketed group short enough to stand on one line is never cut: no line ends inside
// `(2011 ~ 2014)` or `（示例理工大学）`, at any width it fits in.
const groups = /[(（][^()（）]*[)）]/g;

test('no line break inside a short bracketed group, in either language, at any width from 20 to 100', () => {
	for (const language of ['zh', 'en'] as const) {
		const resume = resumes[language];
		const texts = [
			...resume.contact.items,
			...resume.info.items,
			...resume.skills.items,
			...resume.work.jobs.flatMap((job) => [...(job.tasks?.items ?? []), ...(job.results?.items ?? [])]),
		].map((item) => inlineToPlain(item));
		for (const text of texts) {
			const found = [...text.matchAll(groups)].map((match) => match[0]);
			for (let width = 20; width <= 100; width++) {
				const lines = wrap(text, width);
				for (const group of found.filter((each) => stringWidth(each) <= Math.min(width, maxGroupWidth))) {
					assert.ok(
						lines.some((line) => line.includes(group)),
						`${language} at ${width}: "${group}" cut in:\n${lines.join('\n')}`,
					);
				}
			}
		}
	}
});

test('an education line as a reader saw it cut: its period moves to the next line whole, in either language', () => {
	const english = "Master's degree/Example Institute of Technology (示例理工大学)/Computer Science (2011 ~ 2014)";
	assert.deepEqual(wrap(english, 80), [
		"Master's degree/Example Institute of Technology (示例理工大学)/Computer Science",
		'(2011 ~ 2014)',
	]);
	assert.deepEqual(wrap('硕士/示例理工大学/计算机科学（2011 ~ 2014）', 30), [
		'硕士/示例理工大学/计算机科学',
		'（2011 ~ 2014）',
	]);
});
