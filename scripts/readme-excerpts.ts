// The README's excerpts of the résumé, each made from the model of content/ as the app and the
// formats make it, and kept between `<!-- name:start -->` and `<!-- name:end -->` in README.md:
//   node --import tsx scripts/readme-excerpts.ts            rewrites them
//   node --import tsx scripts/readme-excerpts.ts --check    exits 1 if one is not what it would write
// A path after the flags names another README (the tests use a copy). `npm run refresh` runs it.

import {join} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import helpText from '../source/cli/help-text.js';
import loadResumes from '../source/content/load-resumes.js';
import toJsonResume from '../source/document/json-resume.js';
import toMarkdown from '../source/document/markdown.js';
import drawTimeline from '../source/document/timeline.js';
import type {Resumes} from '../source/model/resume.js';
import {partNames, sectionNames} from '../source/model/section.js';
import stringsFor from '../source/strings/index.js';
import glyphsFor from '../source/theme/glyphs.js';
import {entryNumber, excerptJob, panelText, showcaseJob} from './readme-choices.js';
import appScreen from './readme-screen.js';
import {shotsFor} from './readme-shots.js';

import {isRun, rewriteReadme} from './readme-writer.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/** The marks around an excerpt in the README. */
export const marks = (name: string) => ({start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->`});

const fence = (language: string, text: string) => `\n\`\`\`${language}\n${text.trimEnd()}\n\`\`\`\n`;

// The JSON of one job as the README shows it: its summary cut after the first task, and the
// headings on one line, so that the excerpt stays short.
function jobJson(resumes: Resumes, id: string): string {
	const json = toJsonResume(resumes.en, 'en', id);
	const work = json.work?.map((job) => {
		const lines = job.summary?.split('\n') ?? [];
		const first = lines.findIndex((line) => /^\d+\. /.test(line));
		const next = Number.parseInt(lines[first] ?? '', 10) + 1;
		const cut = first >= 0 && first + 1 < lines.length ? [...lines.slice(0, first + 1), `${next}. …`] : lines;
		return job.summary === undefined ? job : {...job, summary: cut.join('\n')};
	});
	const headings = json.meta?.headings ?? {};
	const oneLine = `{${Object.entries(headings)
		.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
		.join(', ')}}`;
	return JSON.stringify({...json, work}, undefined, 2).replace(/"headings": \{[^}]*\}/, () => `"headings": ${oneLine}`);
}

/** Every excerpt, by the name of its marks: what the README holds between them. */
export function excerpts(resumes: Resumes): Record<string, string> {
	const {zh, en} = resumes;
	const {name, role} = en.basics;
	const years = [en.work.jobs.at(-1)!.period.start, en.work.jobs[0]!.period.end].map((period) => period.slice(0, 4));
	const showcase = entryNumber(zh, showcaseJob(zh));
	const excerpt = excerptJob(en);
	const markdownCommand = `npx manjusaka -f markdown -l en -s ${excerpt.id}`;
	const jsonCommand = `npx manjusaka -f json -l en -s ${excerpt.id}`;
	// The chart as the profile's panel draws it in an 80-column terminal.
	const {timeline, ellipsis} = glyphsFor({unicode: true});
	const rows = zh.work.jobs.map(({company, period}) => ({label: company, start: period.start, end: period.end}));
	const style = {marks: timeline, ellipsis, bar: (text: string) => text, axis: (text: string) => text};
	const chart = drawTimeline(rows, panelText(resumes, 'zh', 80, 24).width, style);
	const help = helpText(stringsFor('en'), sectionNames(en), partNames(en).length, 'local').split('\n');
	const options = help.slice(help.indexOf('Options') + 1, help.indexOf('', help.indexOf('Options')));
	const example = (command: string, comment: string) => `${command.padEnd(56)}# ${comment}`;
	return {
		intro: `\n${name}'s résumé in your terminal${role ? `: ${role}` : ''}, ${en.work.jobs.length} jobs from ${years[0]} to ${years[1]}.\n`,
		screenshots: `\n${screenshotsHtml(resumes)}\n`,
		chart: fence('text', chart.join('\n')),
		screen: fence('text', appScreen(resumes, 'zh', 80, 24, showcase - 1)),
		commands: fence(
			'sh',
			[
				'npx manjusaka --format markdown > cv.md',
				'npx manjusaka --format json --lang en > resume.json',
				example(`npx manjusaka --section ${excerpt.id}`, 'one job, as text'),
				example('npx manjusaka -f markdown -s skills', 'one section, as Markdown'),
			].join('\n'),
		),
		sections: en.work.jobs.map((job) => `\`${job.id}\``).join(', '),
		markdown: `\n\`${markdownCommand}\`:\n${fence('markdown', toMarkdown(en, excerpt.id))}`,
		json: `\n\`${jsonCommand}\` (JSON Resume has no field for a job's tasks: they\nopen its \`summary\`${excerpt.description ? ', after the description' : ''}; its results are its \`highlights\`):\n${fence('json', jobJson(resumes, excerpt.id))}`,
		options: fence('text', options.map((line) => line.slice(2)).join('\n')),
	};
}

// The README's pictures: the split ones first, the stacked side by side, the rest folded away.
function screenshotsHtml(resumes: Resumes): string {
	const img = (file: string, alt: string, width = '') => `<img src="docs/screenshots/${file}"${width} alt="${alt}">`;
	const [splitDark, splitLight, stackedDark, stackedLight, ...rest] = shotsFor(resumes);
	const half = ' width="49%"';
	return [
		`<p>${img(splitDark!.file, splitDark!.title)}</p>`,
		`<p>${img(stackedLight!.file, stackedLight!.title, half)} ${img(stackedDark!.file, stackedDark!.title, half)}</p>`,
		`<details><summary>A light terminal at 100 columns${rest.length > 0 ? ', and a search' : ''}</summary>`,
		`<p>${img(splitLight!.file, splitLight!.title)}</p>`,
		...rest.map((shot) => `<p>${img(shot.file, shot.title)}</p>`),
		'</details>',
	].join('\n');
}

/** `readme` with each excerpt between its marks, in place of what was there. */
export function withExcerpts(readme: string, blocks: Readonly<Record<string, string>>): string {
	let written = readme;
	for (const [name, text] of Object.entries(blocks)) {
		const {start, end} = marks(name);
		const from = written.indexOf(start);
		const to = written.indexOf(end);
		if (from < 0 || to < from) {
			throw new Error(`README: no ${start} … ${end} to write the excerpt between`);
		}

		written = `${written.slice(0, from + start.length)}${text}${written.slice(to)}`;
	}

	return written;
}

if (isRun(import.meta.url)) {
	process.exitCode = rewriteReadme(
		process.argv.slice(2),
		(readme) => withExcerpts(readme, excerpts(loadResumes(join(root, 'content')))),
		{
			stale: 'an excerpt of the résumé is stale',
			written: 'the excerpts of the résumé are written',
		},
	);
}
