import assert from 'node:assert/strict';
import {join} from 'node:path';
import {test} from 'node:test';
import stringWidth from 'string-width';
import loadResume from '../../source/content/load-resume.js';
import toPlainText from '../../source/document/plain-text.js';
import {fixtureContent, root} from '../support/cli-env.js';

const content = loadResume(join(root, 'content', 'resume.zh.md'));

// The content's goldens are in formats.test.ts; these hold for any résumé: the tests' own, and the content as it is now.
for (const [which, resume] of [
	['content', content],
	['fixture', loadResume(join(fixtureContent, 'resume.zh.md'))],
] as const) {
	for (const width of [80, 40, 20]) {
		test(`${which}: no line is wider than ${width} columns, a Chinese character counting as two`, () => {
			const wide = toPlainText(resume, {width: width})
				.split('\n')
				.filter((line) => stringWidth(line) > width);
			assert.deepEqual(wide, []);
		});

		test(`${which}: the output at ${width} columns has no escape codes and no trailing spaces`, () => {
			const output = toPlainText(resume, {width: width});
			assert.equal(output.includes('\u001B'), false);
			assert.deepEqual(
				output.split('\n').filter((line) => line !== line.trimEnd()),
				[],
			);
		});
	}

	test(`${which}: every section comes once, in the order of the source`, () => {
		const lines = toPlainText(resume, {width: 80}).split('\n');
		const headings = [
			resume.title,
			resume.contact.title,
			resume.info.title,
			resume.skills.title,
			resume.work.title,
			...resume.work.jobs.map((job) => job.heading),
		];
		const found = lines.filter((line) => headings.includes(line));
		assert.deepEqual(found, headings);
	});

	test(`${which}: the output ends with exactly one newline`, () => {
		assert.match(toPlainText(resume, {width: 80}), /[^\n]\n$/);
	});
}
