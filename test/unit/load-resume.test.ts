import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import ContentError from '../../source/content/content-error.js';
import loadResume, {parseResume} from '../../source/content/load-resume.js';

const fixtureFile = fileURLToPath(new URL('../fixtures/resume/resume.zh.md', import.meta.url));
const malformed = (name: string): string => fileURLToPath(new URL(`../fixtures/malformed/${name}`, import.meta.url));

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

// The tests' own résumé (test/fixtures/resume), loaded as the build loads content/.
test('a résumé loads: title, basics and sections', () => {
	const resume = loadResume(fixtureFile);
	assert.equal(resume.title, 'Aster Lin 个人简历');
	assert.deepEqual(resume.basics, {
		name: 'Aster Lin',
		role: 'Staff SRE',
		email: 'aster@example.com',
		blog: 'https://aster.example.org',
		education: {studyType: '硕士', institution: '示例理工大学', area: '计算机科学', startYear: '2011', endYear: '2014'},
	});
	assert.deepEqual(resume.contact, {title: '联系方式', items: ['Email：aster@example.com']});
	assert.deepEqual(resume.info, {
		title: '个人信息',
		items: ['硕士/示例理工大学/计算机科学（2011 ~ 2014）', '工作年限：10 年', '技术博客：<https://aster.example.org>'],
	});
	assert.equal(resume.skills.title, '技能');
	assert.equal(resume.skills.items.length, 9);
	assert.equal(resume.skills.items[0], '熟悉分布式系统的设计与运维，能独立推动跨团队的稳定性项目落地');
	assert.equal(resume.skills.items[8], '乐于分享，长期撰写技术博客并组织公司内部的技术分享');
	assert.equal(resume.work.title, '工作经历');
});

test('a résumé loads: its jobs in source order, with a role or not, a description or not, tasks and results or tasks alone', () => {
	const jobs = loadResume(fixtureFile).work.jobs.map((job) => ({
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
			id: 'northwind',
			period: {start: '2021.03', end: '2024.06'},
			title: 'Staff SRE',
			company: 'northwind.example & harbor.example',
			description: undefined,
			tasks: 3,
			results: 6,
		},
		{
			id: 'lumen',
			period: {start: '2020.01', end: '2021.02'},
			title: 'Platform Engineer',
			company: 'Lumen Labs',
			description: undefined,
			tasks: 3,
			results: undefined,
		},
		{
			id: 'yunshan',
			period: {start: '2018.06', end: '2019.12'},
			title: undefined,
			company: '云杉科技（内部调转）',
			description: undefined,
			tasks: 4,
			results: 5,
		},
		{
			id: 'bailu',
			period: {start: '2017.09', end: '2018.05'},
			title: undefined,
			company: '白鹭网络',
			description: '负责白鹭网络内部配置中心 Heron 相关开发工作',
			tasks: 4,
			results: 2,
		},
		{
			id: 'qingsong',
			period: {start: '2014.07', end: '2017.03'},
			title: undefined,
			company: '青松数据有限公司',
			description: '负责数据采集系统基础设施开发及值班体系建设',
			tasks: 4,
			results: 3,
		},
	]);
});

test('a résumé loads: job headings and list titles as written', () => {
	const [northwind, lumen] = loadResume(fixtureFile).work.jobs;
	assert.equal(northwind?.heading, '2021.03-2024.06 Staff SRE@northwind.example & harbor.example');
	assert.equal(northwind?.tasks?.title, '工作内容');
	assert.equal(northwind?.results?.title, '工作成果');
	assert.equal(northwind?.results?.items[2], '基于 OpenTelemetry 完成交易链路与结算系统的全链路追踪');
	assert.equal(lumen?.heading, '2020.01-2021.02 Platform Engineer@Lumen Labs');
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
