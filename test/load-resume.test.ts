import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import ContentError from '../source/content/content-error.js';
import loadResume, {parseResume} from '../source/content/load-resume.js';

const contentFile = fileURLToPath(new URL('../content/resume.zh.md', import.meta.url));
const malformed = (name: string): string => fileURLToPath(new URL(`fixtures/malformed/${name}`, import.meta.url));

/** A validator for assert.throws: a ContentError at exactly this file and line. */
function contentError(file: string, line: number, expected: RegExp) {
	return (error: unknown): boolean => {
		assert.ok(error instanceof ContentError, `expected a ContentError, got ${String(error)}`);
		assert.equal(error.file, file);
		assert.equal(error.line, line);
		assert.match(error.expected, expected);
		assert.equal(error.message, `${file}:${line}: ${error.expected}`);
		return true;
	};
}

test('the real content loads: title, basics and sections', () => {
	const resume = loadResume(contentFile);
	assert.equal(resume.title, 'Manjusaka 个人简历');
	assert.deepEqual(resume.basics, {
		name: 'Manjusaka',
		role: 'Senior SRE',
		email: 'me@manjusaka.me',
		blog: 'https://manjusaka.blog',
		education: {studyType: '本科', institution: '西华大学', area: '信息工程', startYear: '2012', endYear: '2016'},
	});
	assert.deepEqual(resume.contact, {title: '联系方式', items: ['Email：me@manjusaka.me']});
	assert.deepEqual(resume.info, {
		title: '个人信息',
		items: ['本科/西华大学/信息工程（2012 ~ 2016）', '工作年限：8 年', '技术博客：<https://manjusaka.blog>'],
	});
	assert.equal(resume.skills.title, 'About Me');
	assert.equal(resume.skills.items.length, 9);
	assert.equal(resume.skills.items[0], '自驱力较强，能主动去学习新技术并且推动落地实现，并回馈社区');
	assert.equal(resume.skills.items[8], '能力较为全面，能同时承担技术社区 PR/布道/运营等工作');
	assert.equal(resume.work.title, '工作经历');
});

test('the real content loads: five jobs in source order', () => {
	const jobs = loadResume(contentFile).work.jobs.map((job) => ({
		id: job.id,
		period: job.period,
		title: job.title,
		company: job.company,
		description: job.description,
		tasks: job.tasks?.items.length,
		results: job.results?.items.length,
	}));
	assert.deepEqual(jobs, [
		{
			id: 'debank',
			period: {start: '2022.04', end: '2024.12'},
			title: 'Senior SRE',
			company: 'debank.com & rabby.io',
			description: undefined,
			tasks: 3,
			results: 6,
		},
		{
			id: 'taichi',
			period: {start: '2021.09', end: '2022.04'},
			title: 'Senior Engineer',
			company: 'Taichi Graphics',
			description: undefined,
			tasks: 3,
			results: undefined,
		},
		{
			id: 'aliyun',
			period: {start: '2019.11', end: '2021.08'},
			title: undefined,
			company: '阿里云（内部调转）',
			description: undefined,
			tasks: 4,
			results: 5,
		},
		{
			id: 'eleme',
			period: {start: '2019.02', end: '2019.11'},
			title: undefined,
			company: '饿了么',
			description: '负责饿了么内部服务治理中心 Huskar 相关开发工作',
			tasks: 4,
			results: 2,
		},
		{
			id: 'shanyin',
			period: {start: '2017.02', end: '2018.11'},
			title: undefined,
			company: '北京闪银科技有限公司',
			description: '负责风控系统基础设施开发及构建 SRE 一号位',
			tasks: 4,
			results: 3,
		},
	]);
});

test('the real content loads: job headings and list titles as written', () => {
	const [debank, taichi] = loadResume(contentFile).work.jobs;
	assert.equal(debank?.heading, '2022.04-2024.12 Senior SRE@debank.com & rabby.io');
	assert.equal(debank?.tasks?.title, '工作内容');
	assert.equal(debank?.results?.title, '工作成果');
	assert.equal(debank?.results?.items[2], '基于 OpenTelemetry 完成业务平台与区块链项目的全链路追踪');
	assert.equal(taichi?.heading, '2021.09-2022.04 Senior Engineer@Taichi Graphics');
});

// Each fixture is a small valid résumé with one defect; line numbers count from 1.
const cases: ReadonlyArray<{fixture: string; line: number; expected: RegExp}> = [
	{fixture: 'no-title.md', line: 1, expected: /^expected the title first/},
	{fixture: 'no-bold-name.md', line: 1, expected: /^expected the name in bold in the title/},
	{
		fixture: 'section-without-id.md',
		line: 11,
		expected: /^expected a section id after the heading, like "## About Me \{#/,
	},
	{
		fixture: 'unknown-section.md',
		line: 11,
		expected: /^unknown section "hobbies": expected one of contact, info, skills, work$/,
	},
	{fixture: 'duplicate-section.md', line: 24, expected: /^expected each section once, found "skills" again$/},
	{fixture: 'section-without-list.md', line: 13, expected: /^expected a list of items under "About Me"$/},
	{
		fixture: 'empty-list-item.md',
		line: 14,
		expected: /^expected text in every item of "About Me", found an empty one$/,
	},
	{fixture: 'nested-list.md', line: 13, expected: /^expected a flat list: nested lists are not supported$/},
	{fixture: 'work-without-jobs.md', line: 18, expected: /^expected at least one job heading .* under "工作经历"$/},
	{fixture: 'job-without-id.md', line: 18, expected: /^expected a job id after the heading/},
	{
		fixture: 'job-without-period.md',
		line: 18,
		expected: /^expected the job heading to start with its period.*"Engineer@Example"$/,
	},
	{fixture: 'duplicate-job-id.md', line: 24, expected: /^expected each job id once, found "example" again$/},
	{fixture: 'unknown-list.md', line: 20, expected: /^expected "#### 其他 \{#tasks\|results\}" in job "example"$/},
	{fixture: 'unexpected-block.md', line: 24, expected: /or the next job, found a code "```sh"$/},
	{fixture: 'unexpected-table.md', line: 24, expected: /or the next job, found a table "\| 年份 \| 公司 \|"$/},
	{
		fixture: 'job-without-lists.md',
		line: 18,
		expected: /^expected .*\{#tasks\}.*\{#results\}.* in job "example"$/,
	},
	{
		fixture: 'missing-section.md',
		line: 17,
		expected: /^expected the section skills, which is missing$/,
	},
];

for (const {fixture, line, expected} of cases) {
	test(`malformed ${fixture} fails at line ${line}`, () => {
		const file = malformed(fixture);
		assert.throws(() => loadResume(file), contentError(file, line, expected));
	});
}

test('a missing file is a ContentError at line 0', () => {
	const file = join(mkdtempSync(join(tmpdir(), 'manjusaka-')), 'missing.md');
	assert.throws(() => loadResume(file), contentError(file, 0, /^expected a readable résumé file \(ENOENT\)$/));
});

test('a directory is a ContentError at line 0', () => {
	const directory = mkdtempSync(join(tmpdir(), 'manjusaka-'));
	assert.throws(
		() => loadResume(directory),
		contentError(directory, 0, /^expected a readable résumé file \(EISDIR\)$/),
	);
});

const escapeRegExp = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');

const contactWith = (item: string) => ['# **Ada** 简历', '', '## 联系方式 {#contact}', '', '- 电话', `- ${item}`, ''];

const validRest = [
	'## 个人信息 {#info}',
	'',
	'- 工作年限：3 年',
	'',
	'## About Me {#skills}',
	'',
	'1. 写代码',
	'',
	'## 工作经历 {#work}',
	'',
	'### 2020.01-2021.02 Engineer@Example {#example}',
	'',
	'#### 工作内容 {#tasks}',
	'',
	'1. 维护服务',
	'',
];

for (const [found, item, what] of [
	['a screen clear', '清屏\u001B[2J之后', 'ESC, the start of an escape sequence (U+001B) at column 5'],
	['a window title', '标题\u001B]0;title\u0007之后', 'ESC, the start of an escape sequence (U+001B) at column 5'],
	[
		'a hyperlink',
		'\u001B]8;;https://example.com\u001B\\链接',
		'ESC, the start of an escape sequence (U+001B) at column 3',
	],
	['a bell', '响铃\u0007之后', 'a control character (U+0007) at column 5'],
	['an 8-bit CSI', '八位\u009B2J之后', 'a control character (U+009B) at column 5'],
	['a right-to-left override', '反向\u202E之后', 'a control character (U+202E) at column 5'],
	['a lone carriage return', '回车\r之后', 'a carriage return (U+000D) at column 5'],
] as const) {
	test(`${found} in content stops the load at its line and column`, () => {
		assert.throws(
			() => parseResume([...contactWith(item), ...validRest].join('\n'), 'hostile.md'),
			contentError(
				'hostile.md',
				6,
				new RegExp(`^expected text without control characters, found ${escapeRegExp(what)}$`),
			),
		);
	});
}

test('Windows line ends and tabs are text: CRLF reads as LF, a tab as spaces', () => {
	const source = [...contactWith('制表\t符'), ...validRest].join('\r\n');
	assert.deepEqual(parseResume(source, 'windows.md').contact.items, ['电话', '制表    符']);
});
