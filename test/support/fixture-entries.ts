import type {Language} from '../../source/model/language.js';
import stringsFor from '../../source/strings/index.js';
import toSections from '../../source/ui/entries/entries.js';
import fixtureResumes from './fixture-resumes.js';

/** The menu's entries on the tests' own résumé, in each language, as the app makes them. */
export const entries = {
	zh: toSections(fixtureResumes.zh, stringsFor('zh')),
	en: toSections(fixtureResumes.en, stringsFor('en')),
} as const;

/** The menu's line for a selected entry, as far as a narrow menu shows it: a long label is cut to its width. */
export const selected = (entry: number, language: Language = 'zh') =>
	`› ${entry} ${entries[language][entry - 1]!.label.slice(0, 10)}`;

/** The job with the most text, the one that scrolls furthest: its entry's number. */
export const longest = entries.zh
	.map((entry, index) => ({number: index + 1, text: JSON.stringify(entry.blocks).length}))
	.filter((_, index) => index >= 2)
	.sort((a, b) => b.text - a.text)[0]!.number;

/** That job, in the résumé. */
export const longestJob = fixtureResumes.zh.work.jobs[longest - 3]!;
