import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import loadResume from '../source/content/load-resume.js';
import loadResumes from '../source/content/load-resumes.js';
import toJsonResume from '../source/document/json-resume.js';
import toMarkdown from '../source/document/markdown.js';
import toPlainText from '../source/document/plain-text.js';
import {languages} from '../source/model/language.js';

// The résumé as first written, kept verbatim: content/resume.zh.md is this text with
// ids on the headings and two spelling fixes, so no line of it may get lost on the way.
const sourceLines = readFileSync(new URL('fixtures/source-resume.md', import.meta.url), 'utf8').split('\n');

const spellingFixes: ReadonlyArray<readonly [string, string]> = [
	['OpenTelementry', 'OpenTelemetry'],
	['Isto', 'Istio'],
];

/** A source line as a reader sees it: Markdown syntax gone, spelling fixed. */
function asShown(line: string): string {
	let text = line
		.trimEnd()
		.replace(/^#+\s+/, '')
		.replace(/^(?:\* |\d+\. )/, '')
		.replaceAll(/<([^<>\s]+)>/g, '$1')
		// Runs of spaces read as one in Markdown: the source has `2024.12  Senior SRE`.
		.replaceAll(/ {2,}/g, ' ')
		.replace(/：$/, '');
	for (const [wrong, right] of spellingFixes) {
		text = text.replaceAll(wrong, right);
	}

	return text;
}

test('every non-empty line of the source résumé reaches the piped output', () => {
	// Wide enough that nothing wraps, so each source line is within one output line.
	const output = toPlainText(loadResume(fileURLToPath(new URL('../content/resume.zh.md', import.meta.url))), {
		width: 1000,
	});
	const outputLines = output.split('\n');
	const missing = sourceLines
		.map((line, index) => ({number: index + 1, text: asShown(line)}))
		.filter(({text}) => text !== '' && !outputLines.some((line) => line.includes(text)))
		.map(({number, text}) => `source-resume.md:${number}: ${text}`);
	assert.deepEqual(missing, [], `lines missing from the output:\n${missing.join('\n')}`);
});

test('the misspellings of the source are fixed in the output', () => {
	const output = toPlainText(loadResume(fileURLToPath(new URL('../content/resume.zh.md', import.meta.url))), {
		width: 1000,
	});
	for (const [wrong, right] of spellingFixes) {
		assert.ok(
			sourceLines.some((line) => line.includes(wrong)),
			`the source should contain "${wrong}"`,
		);
		assert.equal(output.includes(wrong), false, `"${wrong}" should read "${right}"`);
		assert.ok(output.includes(right), `"${right}" should be in the output`);
	}
});

const resumes = loadResumes(fileURLToPath(new URL('../content', import.meta.url)));
const shownLines = sourceLines
	.map((line, index) => ({number: index + 1, text: asShown(line)}))
	.filter(({text}) => text !== '');

// The lines of the English content as a reader sees them: ids, bold and link brackets gone.
const englishLines = readFileSync(new URL('../content/resume.en.md', import.meta.url), 'utf8')
	.split('\n')
	.map((line, index) => ({
		number: index + 1,
		text: asShown(
			line
				.replace(/\s*\{#[\w-]+\}$/, '')
				.replaceAll('**', '')
				.replace(/^- /, ''),
		),
	}))
	.filter(({text}) => text !== '');

const linesOf = {zh: shownLines, en: englishLines} as const;

// Every string in a JSON document, wherever it is.
const strings = (value: unknown): string[] =>
	typeof value === 'string'
		? [value]
		: typeof value === 'object' && value !== null
			? Object.values(value).flatMap((child) => strings(child))
			: [];

for (const language of languages) {
	const resume = resumes[language];
	const lines = linesOf[language];

	test(`${language}: every line of the résumé reaches the Markdown`, () => {
		// Markdown writes links as <address> and @ in headings as &#64;; read it as the text a reader sees.
		const markdown = toMarkdown(resume)
			.replaceAll(/<([^<>\s]+)>/g, '$1')
			.replaceAll('&#64;', '@');
		const missing = lines.filter(({text}) => !markdown.split('\n').some((line) => line.includes(text)));
		assert.deepEqual(missing, []);
	});

	test(`${language}: every line of the résumé reaches the text`, () => {
		const text = toPlainText(resume, {width: 1000}).split('\n');
		assert.deepEqual(
			lines.filter((line) => !text.some((each) => each.includes(line.text))),
			[],
		);
	});

	test(`${language}: every line of the résumé reaches the JSON, whole or as the fields it was split into`, () => {
		const json = toJsonResume(resume, language);
		const texts = strings(json).flatMap((text) => text.split('\n'));
		const has = (text: string) => texts.some((each) => each.includes(text));
		// `label：value` lines keep their value in a field named for the label: `email`, `url`.
		const value = (text: string) => /^[^：:]+[：:]\s*(\S.*)$/.exec(text)?.[1];
		const missing = lines.filter(({text}) => {
			const labelled = value(text);
			if (has(text) || (labelled !== undefined && has(labelled))) {
				return false;
			}

			const job = /^(\d{4})\.(\d{2})-(\d{4})\.(\d{2}) (.+)$/.exec(text);
			if (job) {
				const [, startYear, startMonth, endYear, endMonth, rest = ''] = job;
				const entry = json.work?.find(
					(work) => work.startDate === `${startYear}-${startMonth}` && work.endDate === `${endYear}-${endMonth}`,
				);
				return entry === undefined || [entry.position, entry.name].filter(Boolean).join('@') !== rest;
			}

			const education = json.education?.[0];
			const period = (open: string, close: string) => `${open}${education?.startDate} ~ ${education?.endDate}${close}`;
			const parts = `${education?.studyType}/${education?.institution}/${education?.area}`;
			return !(education && [`${parts}${period('（', '）')}`, `${parts} ${period('(', ')')}`].includes(text));
		});
		assert.deepEqual(missing, []);
	});
}

// The numbers of a text: `2019.02`, `5%`'s 5, `0.5`, `100k`'s 100, `K8S`'s 8.
const numbers = (text: string): string[] => text.match(/\d+(?:\.\d+)?/g) ?? [];

test('the English résumé has every number of the source, as often as the source has it', () => {
	const english = toPlainText(resumes.en, {width: 1000});
	const count = (list: readonly string[]) =>
		list.reduce((counts, number) => counts.set(number, (counts.get(number) ?? 0) + 1), new Map<string, number>());
	// List numbers (`1. `) are the lists', not the résumé's: both lists have the same items.
	const source = count(shownLines.flatMap(({text}) => numbers(text)));
	const translated = count(numbers(english.replaceAll(/^ *\d+\. /gm, '')));
	const short = [...source].filter(([number, times]) => (translated.get(number) ?? 0) < times);
	assert.deepEqual(short, [], 'numbers the English has fewer of than the source');
});

test('the English résumé has the shape of the original: the same jobs, periods and number of items', () => {
	const shape = (resume: (typeof resumes)['zh']) => ({
		lists: [resume.contact, resume.info, resume.skills].map((list) => list.items.length),
		jobs: resume.work.jobs.map((job) => [job.id, job.period, job.tasks?.items.length, job.results?.items.length]),
	});
	assert.deepEqual(shape(resumes.en), shape(resumes.zh));
	assert.equal(/[\u4E00-\u9FFF]/.test(resumes.en.work.jobs.map((job) => job.tasks?.items.join('')).join('')), false);
});
