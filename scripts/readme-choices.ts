// What the README shows of the résumé, chosen from the model rather than from today's words, so
// that an edit to content/ changes the pictures and excerpts and never the code that makes them.

import {stripVTControlCharacters} from 'node:util';
import {layoutBlocks} from '../source/document/blocks.js';
import type {Language} from '../source/model/language.js';
import type {Job, Resume, Resumes} from '../source/model/resume.js';
import stringsFor from '../source/strings/index.js';
import createTheme from '../source/theme/theme.js';
import {scrollPosition} from '../source/ui/components/frame.js';
import toEntries, {type Entry} from '../source/ui/entries/entries.js';
import {panelStyle} from '../source/ui/entries/panel-style.js';
import prepareInline from '../source/ui/entries/prepare-inline.js';
import calculateLayout from '../source/ui/layout/layout.js';
import searchResults from '../source/ui/search/results.js';

/** The job the README's screens show: the latest with tasks and results, else the latest. */
export function showcaseJob(resume: Resume): Job {
	const {jobs} = resume.work;
	return jobs.find((job) => job.tasks && job.results) ?? jobs[0]!;
}

/** The job of the Markdown and JSON excerpts: of those with a description, the shortest; else the latest. */
export function excerptJob(resume: Resume): Job {
	const size = (job: Job) => (job.tasks?.items.length ?? 0) + (job.results?.items.length ?? 0);
	const described = resume.work.jobs.filter((job) => job.description !== undefined);
	return (
		described.reduce<Job | undefined>((best, job) => (best && size(best) <= size(job) ? best : job), undefined) ??
		resume.work.jobs[0]!
	);
}

/** The menu entry of a job, counted from 1 as its number key: the profile and the skills come first. */
export const entryNumber = (resume: Resume, job: Job) => resume.work.jobs.indexOf(job) + 3;

/** The keys that select entry `number` from the first: its number, or the down arrow past 9. */
export const keysTo = (number: number): string[] =>
	number <= 9 ? [String(number)] : Array.from({length: number - 1}, () => 'down');

/** The app's entries in a language and their text as its panel lays it out in a terminal of `columns` × `rows`. */
export function panelText(resumes: Resumes, language: Language, columns: number, rows: number) {
	const entries = toEntries(resumes[language], stringsFor(language));
	const layout = calculateLayout(columns, rows, entries.length);
	if (layout.kind === 'too-small') {
		throw new Error(`${columns}×${rows} is too small for the app`);
	}

	const style = panelStyle(
		createTheme({colorLevel: 0, unicode: true, hyperlinks: false, background: 'dark'}),
		prepareInline(resumes),
	);
	const laid = (index: number) => layoutBlocks(entries[index]!.blocks, layout.panel.textWidth, style);
	return {entries, rows: layout.panel.textRows, width: layout.panel.textWidth, laid};
}

/**
What the screen shows once entry `number` is drawn, scrolled to its top: its mark in the menu,
the last line of its text that fits, and where the panel is in it when not all of it fits.
*/
export function entryShows(resumes: Resumes, language: Language, size: [number, number], number: number): string[] {
	const {rows, laid} = panelText(resumes, language, ...size);
	const lines = laid(number - 1).lines.map((line) => stripVTControlCharacters(line).trim());
	const last = lines.slice(0, rows).findLast((line) => line !== '');
	const note = scrollPosition(0, Math.min(rows, lines.length), lines.length, rows);
	return [`› ${number} `, ...(last ? [last] : []), ...(note ? [note] : [])];
}

// Words a search can be shown with: letters first, at least three characters.
const words = (text: string) => text.match(/[A-Za-z][\w.+#-]*\w/g)?.filter((word) => word.length >= 3) ?? [];

/** A search the README pictures: a word the résumé holds in exactly one place, in one line of its job, and that job. */
export type Search = {readonly word: string; readonly entry: Entry; readonly number: number; readonly line: string};

/**
The search to picture in a terminal of `columns` × `rows`: the longest word of the showcase
job that the whole résumé holds once, whole on one line of the panel (the first, when two are
as long); none when there is no such word.
*/
export function searchFor(resumes: Resumes, language: Language, columns: number, rows: number): Search | undefined {
	const resume = resumes[language];
	const {entries, laid} = panelText(resumes, language, columns, rows);
	const number = entryNumber(resume, showcaseJob(resume));
	const text = laid(number - 1);
	const candidates = [...new Set(text.segments.flatMap((segment) => words(segment)))].sort(
		(a, b) => b.length - a.length,
	);
	for (const word of candidates) {
		const {found} = searchResults(entries.length, laid, word);
		const [place] = found.places;
		const line = place ? stripVTControlCharacters(text.lines[place.line]!) : '';
		if (found.places.length === 1 && place?.entry === number - 1 && line.includes(word)) {
			return {word, entry: entries[number - 1]!, number, line: line.trim()};
		}
	}

	return undefined;
}
