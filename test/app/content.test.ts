// The checks of the real content: its two files load, the English has the shape of the Chinese
// and every number of it, every heading, item and paragraph of each file reaches every format, and
// its text keeps to the width. They read the files themselves, so an edit to content/ is followed,
// not frozen; behaviour tests run on test/fixtures/resume. The other readers of content/ are the
// goldens (test/unit/formats.test.ts) and the README's excerpts (test/unit/readme.test.ts).

import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import stringWidth from 'string-width';
import {layoutBlocks} from '../../source/document/blocks.js';
import toJsonResume from '../../source/document/json-resume.js';
import toMarkdown from '../../source/document/markdown.js';
import toPlainText from '../../source/document/plain-text.js';
import {type Language, languages} from '../../source/model/language.js';
import type {Resume} from '../../source/model/resume.js';
import stringsFor from '../../source/strings/index.js';
import createTheme from '../../source/theme/theme.js';
import toEntries from '../../source/ui/entries/entries.js';
import {panelStyle} from '../../source/ui/entries/panel-style.js';
import prepareInline from '../../source/ui/entries/prepare-inline.js';
import {contentLines, type ShownLine} from '../support/content-lines.js';
import resumes, {contentFolder as folder} from '../support/content-resumes.js';

const lines = Object.fromEntries(
	languages.map((language) => {
		const file = join(folder, `resume.${language}.md`);
		return [language, contentLines(readFileSync(file, 'utf8'), `content/resume.${language}.md`)];
	}),
) as Record<Language, ShownLine[]>;

// Wrapping, indenting and list marks move whitespace about: compare without any.
const squeezed = (text: string) => text.replaceAll(/\s+/g, '');
const missingFrom = (output: string, language: Language) => {
	const all = squeezed(output);
	return lines[language].filter(({text}) => !all.includes(squeezed(text))).map(({where, text}) => `${where}: ${text}`);
};

test('content/ loads in both languages, with a name, an e-mail address and at least one job', () => {
	for (const language of languages) {
		const {basics, work} = resumes[language];
		assert.ok(basics.name !== '' && basics.email !== undefined && work.jobs.length > 0, language);
		assert.ok(lines[language].length > 10, `${language}: the lines of the file are read`);
	}
});

test('the English has the shape of the original: the same jobs, periods and number of items', () => {
	const shape = (resume: Resume) => ({
		lists: [resume.contact, resume.info, resume.skills].map((list) => list.items.length),
		jobs: resume.work.jobs.map((job) => [job.id, job.period, job.tasks?.items.length, job.results?.items.length]),
	});
	assert.deepEqual(shape(resumes.en), shape(resumes.zh));
	assert.equal(/[\u4E00-\u9FFF]/.test(resumes.en.work.jobs.map((job) => job.tasks?.items.join('')).join('')), false);
});

// The numbers of a text: `2019.02`, `5%`'s 5, `0.5`, `100k`'s 100, `K8S`'s 8.
const numbers = (text: string): string[] => text.match(/\d+(?:\.\d+)?/g) ?? [];
const counted = (list: readonly string[]) =>
	list.reduce((counts, number) => counts.set(number, (counts.get(number) ?? 0) + 1), new Map<string, number>());

test('the English has every number of the Chinese, as often as the Chinese has it', () => {
	// The lines are without their list marks: `1. ` is the list's, not the résumé's.
	const chinese = counted(lines.zh.flatMap(({text}) => numbers(text)));
	const english = counted(lines.en.flatMap(({text}) => numbers(text)));
	const short = [...chinese].filter(([number, times]) => (english.get(number) ?? 0) < times);
	assert.deepEqual(short, [], 'numbers the English has fewer of than the Chinese');
});

for (const language of languages) {
	const resume = resumes[language];

	for (const width of [80, 40]) {
		test(`${language}: every line of the file reaches the text at ${width} columns`, () => {
			assert.deepEqual(missingFrom(toPlainText(resume, {width}), language), []);
		});
	}

	for (const width of [80, 40, 20]) {
		test(`${language}: the text at ${width} columns keeps to them, with no escape codes and no trailing spaces`, () => {
			// As test/unit/render-plain.test.ts holds the fixture: the real text has shapes the fixture may lack.
			const output = toPlainText(resume, {width});
			const lines = output.split('\n');
			assert.deepEqual(
				lines.filter((line) => stringWidth(line) > width),
				[],
			);
			assert.equal(output.includes('\u001B'), false);
			assert.deepEqual(
				lines.filter((line) => line !== line.trimEnd()),
				[],
			);
		});
	}

	test(`${language}: every line of the file reaches the Markdown`, () => {
		// Markdown writes links as <address>, @ in headings as &#64; and escapes its marks: read it as a reader sees it.
		const markdown = toMarkdown(resume)
			.replaceAll(/<([^<>\s]+)>/g, '$1')
			.replaceAll('&#64;', '@')
			.replaceAll(/\\([!-/:-@[-`{-~])/g, '$1');
		assert.deepEqual(missingFrom(markdown, language), []);
	});

	test(`${language}: every line of the file reaches the app's entries, at the panel's width in an 80-column terminal`, () => {
		const style = panelStyle(
			createTheme({colorLevel: 0, unicode: true, hyperlinks: false, background: 'dark'}),
			prepareInline(resumes),
		);
		const shown = toEntries(resume, stringsFor(language)).flatMap((entry) => [
			entry.title,
			...layoutBlocks(entry.blocks, 46, style).lines.map((line) => stripVTControlCharacters(line)),
		]);
		// The work section's heading is the one line the app leaves out: its jobs are the menu's entries.
		const missing = missingFrom(shown.join('\n'), language).filter((line) => !line.endsWith(`: ${resume.work.title}`));
		assert.deepEqual(missing, []);
	});

	test(`${language}: every line of the file reaches the JSON, whole or as the fields it was split into`, () => {
		const json = toJsonResume(resume, language);
		const texts = jsonStrings(json).flatMap((text) => text.replaceAll(/<([^<>\s]+)>/g, '$1').split('\n'));
		const has = (text: string) => texts.some((each) => each.includes(text));
		// `label：value` lines keep their value in a field named for the label: `email`, `url`.
		const value = (text: string) => /^[^：:]+[：:]\s*(\S.*)$/.exec(text)?.[1];
		const education = json.education?.[0];
		const period = (open: string, close: string) => `${open}${education?.startDate} ~ ${education?.endDate}${close}`;
		const parts = `${education?.studyType}/${education?.institution}/${education?.area}`;
		const missing = lines[language].filter(({text}) => {
			const labelled = value(text);
			if (has(text) || (labelled !== undefined && has(labelled))) {
				return false;
			}

			const job = resume.work.jobs.find((each) => each.heading === text);
			if (job) {
				// `2019.02-2019.11 Role@Company`: the period in the dates, the rest as position and name.
				const entry = json.work?.[resume.work.jobs.indexOf(job)];
				const rest = job.heading.slice(job.heading.indexOf(' ') + 1);
				return (
					entry?.startDate !== job.period.start.replace('.', '-') ||
					[entry.position, entry.name].filter(Boolean).join('@') !== rest
				);
			}

			return !(education && [`${parts}${period('（', '）')}`, `${parts} ${period('(', ')')}`].includes(text));
		});
		assert.deepEqual(missing, []);
	});
}

// Every string in a JSON document, wherever it is.
function jsonStrings(value: unknown): string[] {
	return typeof value === 'string'
		? [value]
		: typeof value === 'object' && value !== null
			? Object.values(value).flatMap((child) => jsonStrings(child))
			: [];
}
