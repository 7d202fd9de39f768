import assert from 'node:assert/strict';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import stringWidth from 'string-width';
import loadResume from '../source/content/load-resume.js';
import toPlainText from '../source/document/plain-text.js';
import matchesGolden from './support/golden.js';

const resume = loadResume(fileURLToPath(new URL('../content/resume.zh.md', import.meta.url)));

// The goldens are the piped output of the real content (see support/golden.ts to regenerate them).
for (const width of [80, 40]) {
	test(`the résumé at ${width} columns matches test/golden/plain-${width}.txt`, () => {
		matchesGolden(`plain-${width}.txt`, toPlainText(resume, {width: width}));
	});
}

for (const width of [80, 40, 20]) {
	test(`no line is wider than ${width} columns, a Chinese character counting as two`, () => {
		const wide = toPlainText(resume, {width: width})
			.split('\n')
			.filter((line) => stringWidth(line) > width);
		assert.deepEqual(wide, []);
	});

	test(`the output at ${width} columns has no escape codes and no trailing spaces`, () => {
		const output = toPlainText(resume, {width: width});
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
		'Manjusaka 个人简历',
		'联系方式',
		'个人信息',
		'About Me',
		'工作经历',
		'2022.04-2024.12 Senior SRE@debank.com & rabby.io',
		'2021.09-2022.04 Senior Engineer@Taichi Graphics',
		'2019.11-2021.08 阿里云（内部调转）',
		'2019.02-2019.11 饿了么',
		'2017.02-2018.11 北京闪银科技有限公司',
	];
	const found = lines.filter((line) => headings.includes(line));
	assert.deepEqual(found, headings);
});

test('the output ends with exactly one newline', () => {
	const output = toPlainText(resume, {width: 80});
	assert.match(output, /所有周边依赖\n$/);
});
