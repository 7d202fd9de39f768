import assert from 'node:assert/strict';
import {test} from 'node:test';
import {inlineToPlain} from '../../source/model/inline-markdown.js';
import {maxGroupWidth} from '../../source/text/bracket-groups.js';
import stringWidth from '../../source/text/string-width.js';
import wrap from '../../source/text/wrap.js';
import {resumes} from '../support/draw.js';

// A bracketed group short enough to stand on one line is never cut: no line ends inside
// `(2012 ~ 2016)` or `（西华大学）`, at any width it fits in.
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

test('the two breaks a reader saw: "(2012" / "~ 2016)" at 80 columns, "（西华大" / "学）" at 60', () => {
	assert.deepEqual(wrap("Bachelor's degree/Xihua University (西华大学)/Information Engineering (2012 ~ 2016)", 76), [
		"Bachelor's degree/Xihua University (西华大学)/Information Engineering",
		'(2012 ~ 2016)',
	]);
	assert.ok(wrap('本科/西华大学/信息工程（2012 ~ 2016）', 27).includes('（2012 ~ 2016）'));
});
