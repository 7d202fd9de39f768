import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringWidth from 'string-width';
import toPlainText from '../../source/document/plain-text.js';
import fixtureResumes from '../support/fixture-resumes.js';

// On the tests' own résumé; test/app/content.test.ts holds the real content to the widths and escapes too.
const resume = fixtureResumes.zh;

for (const width of [80, 40, 20]) {
	test(`no line is wider than ${width} columns, a Chinese character counting as two`, () => {
		const wide = toPlainText(resume, {width})
			.split('\n')
			.filter((line) => stringWidth(line) > width);
		assert.deepEqual(wide, []);
	});

	test(`the output at ${width} columns has no escape codes and no trailing spaces`, () => {
		const output = toPlainText(resume, {width});
		assert.equal(output.includes('\u001B'), false);
		assert.deepEqual(
			output.split('\n').filter((line) => line !== line.trimEnd()),
			[],
		);
	});
}

test('every section comes once, in the order of the source', () => {
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

test('the output ends with exactly one newline', () => {
	assert.match(toPlainText(resume, {width: 80}), /[^\n]\n$/);
});
