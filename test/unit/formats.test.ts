import assert from 'node:assert/strict';
import {test} from 'node:test';
import {validate} from '@jsonresume/schema';
import {Lexer, Marked, type Tokens} from 'marked';
import toJsonResume from '../../source/document/json-resume.js';
import toMarkdown from '../../source/document/markdown.js';
import toPlainText from '../../source/document/plain-text.js';
import {escapeMarkdown, inlineToCommonMark} from '../../source/model/inline-markdown.js';
import {languages} from '../../source/model/language.js';
import {sectionNames} from '../../source/model/section.js';
import content from '../support/content-resumes.js';
import fixtureResumes from '../support/fixture-resumes.js';
import matchesGolden from '../support/golden.js';
import goldenFiles from '../support/golden-files.js';

// The goldens and the validator hold the real content (npm run refresh rewrites the goldens
// after an edit); everything else runs on the tests' own résumé, or on both.
const both = {content, fixture: fixtureResumes};

const schemaErrors = (document: unknown): string[] => {
	let found: string[] = [];
	validate(document, (errors) => {
		found = (errors ?? []).map((error) => `${error.property}: ${error.message}`);
	});
	return found;
};

const goldens = goldenFiles(content);
for (const name of Object.keys(goldens)) {
	test(`the content's ${name} matches its golden file`, () => {
		matchesGolden(name, goldens[name]!);
	});
}

for (const [which, resumes] of Object.entries(both)) {
	for (const language of languages) {
		const resume = resumes[language];
		const json = `${JSON.stringify(toJsonResume(resume, language), undefined, 2)}\n`;

		test(`${which}, ${language}: the JSON passes JSON Resume's own validator, whole and for every section`, () => {
			assert.deepEqual(schemaErrors(JSON.parse(json)), []);
			for (const section of sectionNames(resume)) {
				assert.deepEqual(schemaErrors(toJsonResume(resume, language, section)), [], section);
			}
		});

		test(`${which}, ${language}: the Markdown is CommonMark: headings and lists, the addresses as links without GitHub's extensions`, () => {
			const markdown = toMarkdown(resume);
			const tokens = new Lexer({gfm: false}).lex(markdown);
			const kinds = tokens.filter((token) => token.type !== 'space').map((token) => token.type);
			// Headings, lists, and the paragraph that describes a job: nothing else.
			assert.deepEqual([...new Set(kinds)].sort(), ['heading', 'list', 'paragraph']);
			const html = new Marked({gfm: false}).parse(markdown, {async: false});
			assert.ok(
				html.includes(`<a href="mailto:${resume.basics.email}">${resume.basics.email}</a>`),
				'the e-mail is a link',
			);
			assert.ok(html.includes(`<a href="${resume.basics.blog}">${resume.basics.blog}</a>`), 'the blog is a link');
			assert.equal(markdown.includes('{#'), false, 'no content ids');
			const headings = tokens.filter((token): token is Tokens.Heading => token.type === 'heading');
			assert.deepEqual(
				headings.filter((heading) => heading.depth === 3).map((heading) => heading.text.replaceAll('&#64;', '@')),
				resume.work.jobs.map((job) => job.heading),
			);
		});

		test(`${which}, ${language}: one section in Markdown and text is that part of the whole`, () => {
			const whole = toMarkdown(resume);
			for (const section of sectionNames(resume)) {
				const part = toMarkdown(resume, section);
				assert.ok(whole.includes(part.trimEnd()), `${section} is part of the whole`);
				assert.ok(
					toPlainText(resume, {width: 80}).includes(toPlainText(resume, {width: 80, section: section}).trimEnd()),
					section,
				);
			}

			for (const job of resume.work.jobs) {
				assert.equal(toMarkdown(resume, job.id).split('\n')[0]!.replaceAll('&#64;', '@'), `### ${job.heading}`, job.id);
			}

			assert.equal(toMarkdown(resume, 'skills').split('\n')[0], `## ${resume.skills.title}`);
		});
	}
}

test('JSON Resume fields: basics, education, dates as YYYY-MM, tasks in the summary, results as highlights', () => {
	const json = toJsonResume(fixtureResumes.zh, 'zh');
	assert.deepEqual(json.basics, {
		name: 'Aster Lin',
		label: 'Staff SRE',
		email: 'aster@example.com',
		url: 'https://aster.example.org',
		summary: '工作年限：10 年',
	});
	assert.deepEqual(json.education, [
		{institution: '示例理工大学', area: '计算机科学', studyType: '硕士', startDate: '2011', endDate: '2014'},
	]);
	const bailu = json.work?.find((job) => job.name === '白鹭网络');
	assert.deepEqual(bailu, {
		name: '白鹭网络',
		startDate: '2017-09',
		endDate: '2018-05',
		summary: [
			'负责白鹭网络内部配置中心 Heron 相关开发工作',
			'',
			'工作内容',
			'1. 基于 Etcd 构建白鹭网络内部配置中心',
			'2. 维护 Go etcd 客户端并回馈上游',
			'3. 构建配置变更审计服务，维护 Heron 稳定性',
			'4. 完成机房迁移',
		].join('\n'),
		highlights: [
			'在机房迁移过程中，无事故发生',
			'基于 Rust 完成限流代理，在突发流量导致大量请求（单集群峰值不低于 200k QPS）时，保证后端服务正常运行',
		],
	});
	assert.equal(json.work?.[0]?.position, 'Staff SRE');
	assert.equal(json.skills?.length, 9);
	assert.deepEqual(json.meta, {
		language: 'zh',
		title: 'Aster Lin 个人简历',
		headings: {contact: '联系方式', info: '个人信息', skills: '技能', work: '工作经历', results: '工作成果'},
	});
});

test('the validator is not a formality: a broken document fails it', () => {
	const json = toJsonResume(fixtureResumes.en, 'en');
	const broken = {...json, work: [{...json.work![0]!, startDate: '2022.04'}]};
	assert.notDeepEqual(schemaErrors(broken), []);
	assert.notDeepEqual(schemaErrors({...json, basics: {...json.basics, email: 42}}), []);
});

test('a section of JSON holds that section alone, with the metadata', () => {
	const resume = fixtureResumes.en;
	assert.deepEqual(Object.keys(toJsonResume(resume, 'en', 'profile')), ['$schema', 'basics', 'education', 'meta']);
	assert.deepEqual(Object.keys(toJsonResume(resume, 'en', 'skills')), ['$schema', 'skills', 'meta']);
	assert.equal(toJsonResume(resume, 'en', 'work').work?.length, resume.work.jobs.length);
	assert.deepEqual(
		toJsonResume(resume, 'en', 'lumen').work?.map((job) => job.name),
		['Lumen Labs'],
	);
});

test('inline Markdown to CommonMark: bare addresses become autolinks by their target, headings stay whole', () => {
	assert.equal(inlineToCommonMark('Email：me@example.com'), 'Email：<me@example.com>');
	assert.equal(inlineToCommonMark('see www.example.com'), 'see <http://www.example.com>');
	assert.equal(inlineToCommonMark('**bold** and <https://a.b>'), '**bold** and <https://a.b>');
	assert.equal(escapeMarkdown('C # and *stars* <tags> & more'), 'C # and \\*stars\\* \\<tags\\> & more');
	assert.equal(escapeMarkdown('Learning C #'), 'Learning C \\#');
	const heading = new Lexer({gfm: false}).lex(`## ${escapeMarkdown('Learning C #')}`)[0] as Tokens.Heading;
	assert.equal(heading.text.replaceAll('\\', ''), 'Learning C #');
});

test('the text draws the career as a chart in its profile; Markdown and JSON carry the periods as data, not the picture', () => {
	for (const language of languages) {
		const resume = fixtureResumes[language];
		const text = toPlainText(resume, {width: 80, section: 'profile'});
		assert.match(text, /^2014 {3}2015 .* 2024$/m, 'the years of the axis');
		assert.match(text, /^ {4}█{20} 青松数据有限公司|^ {4}█{20} Qingsong Data/m, 'the oldest job, first');
		const markdown = toMarkdown(resume);
		const json = toJsonResume(resume, language);
		assert.ok(!/[█├┬]/.test(markdown) && !/[█├┬]/.test(JSON.stringify(json)), `${language}: no chart`);
		for (const [index, job] of resume.work.jobs.entries()) {
			const {start, end} = job.period;
			assert.ok(markdown.includes(`### ${start}-${end} `), `${language}: the Markdown heading has ${start}-${end}`);
			assert.deepEqual(
				[json.work?.[index]?.startDate, json.work?.[index]?.endDate],
				[start.replace('.', '-'), end.replace('.', '-')],
			);
		}
	}
});
