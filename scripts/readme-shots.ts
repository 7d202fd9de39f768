// The README's screenshots: which scenes, and what each shows once it is drawn. They come from
// the model of content/ (the pictures are of the résumé the package ships), never from its
// words: test/e2e/screenshots.ts captures them, and scripts/readme-excerpts.ts writes their
// <img> tags with these titles.

import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import loadResumes from '../source/content/load-resumes.js';
import type {Resumes} from '../source/model/resume.js';
import stringsFor from '../source/strings/index.js';
import type {Background} from '../source/theme/palette.js';
import {entryNumber, entryShows, keysTo, searchFor, showcaseJob} from './readme-choices.js';

/** Keys pressed in one write, then texts the screen shows once they have been read (all of them, in one frame). */
export type Step = {readonly keys: readonly string[]; readonly shows: readonly string[]};

/** A screenshot: its file, the terminal's size and theme, the keys that lead to it, and what it shows in words. */
export type Shot = {
	readonly file: string;
	readonly cols: number;
	readonly rows: number;
	readonly theme: Background;
	readonly steps: readonly Step[];
	readonly title: string;
};

/**
The README's pictures of a résumé: the menu beside the showcase job (100 columns) and above
the profile (60), dark and light, and a search for a word the résumé holds once (none when it
holds no such word). What each step waits for is drawn from the model as the app lays it out.
*/
export function shotsFor(resumes: Resumes): Shot[] {
	const job = entryNumber(resumes.zh, showcaseJob(resumes.zh));
	const profile: Step = {keys: [], shows: entryShows(resumes, 'zh', [60, 30], 1)};
	const jobStep: Step = {keys: keysTo(job), shows: entryShows(resumes, 'zh', [100, 24], job)};
	const found = searchFor(resumes, 'zh', 100, 24);
	const {search: words} = stringsFor('zh');
	const shot = (file: string, size: [number, number], theme: Background, steps: Step[], title: string): Shot => ({
		file,
		cols: size[0],
		rows: size[1],
		theme,
		steps,
		title: `manjusaka in a ${theme} terminal${title}`,
	});
	const split = ', 100 columns: the menu beside a job and its tasks and results';
	const stacked = ', 60 columns: the menu above the profile and its timeline of jobs';
	return [
		shot('split-dark.svg', [100, 24], 'dark', [jobStep], split),
		shot('split-light.svg', [100, 24], 'light', [jobStep], split),
		shot('stacked-dark.svg', [60, 30], 'dark', [profile], stacked),
		shot('stacked-light.svg', [60, 30], 'light', [profile], stacked),
		...(found
			? [
					shot(
						'search-dark.svg',
						[100, 24],
						'dark',
						[
							{keys: ['/', ...found.word], shows: [` /${found.word}   ${words.matches(1)}`]},
							{keys: ['return'], shows: [` /${found.word} ${words.position(1, 1)}`, `› ${found.number} `, found.line]},
						],
						`: a search for ${found.word}, its one match highlighted in the job that holds it`,
					),
				]
			: []),
	];
}

/** The pictures of the real content: the résumé the package ships. */
export const shots: readonly Shot[] = shotsFor(
	loadResumes(join(fileURLToPath(new URL('.', import.meta.url)), '..', 'content')),
);
