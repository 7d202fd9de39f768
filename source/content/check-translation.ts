import type {ItemList, Resume} from '../model/resume.js';
import ContentError from './content-error.js';

type Difference = {readonly expected: string; readonly near?: string};

const count = (list: ItemList | undefined) => list?.items.length ?? 0;

// The first way the translation's shape differs from the original's, if any.
function difference(original: Resume, translation: Resume): Difference | undefined {
	for (const id of ['contact', 'info', 'skills'] as const) {
		if (count(original[id]) !== count(translation[id])) {
			return {
				expected: `${count(original[id])} items under the "${id}" section, as the original has`,
				near: `{#${id}}`,
			};
		}
	}

	const ids = (resume: Resume) => resume.work.jobs.map((job) => job.id).join(', ');
	if (ids(original) !== ids(translation)) {
		return {expected: `the jobs of the original, in its order: ${ids(original)}`, near: '{#work}'};
	}

	for (const [index, job] of original.work.jobs.entries()) {
		const translated = translation.work.jobs[index]!;
		const near = `{#${job.id}}`;
		if (job.period.start !== translated.period.start || job.period.end !== translated.period.end) {
			return {
				expected: `the period of "${job.id}" as the original gives it, ${job.period.start}-${job.period.end}`,
				near,
			};
		}

		if ((job.description === undefined) !== (translated.description === undefined)) {
			return {
				expected: `${job.description === undefined ? 'no' : 'a'} description in "${job.id}", as the original`,
				near,
			};
		}

		for (const list of ['tasks', 'results'] as const) {
			if (count(job[list]) !== count(translated[list])) {
				return {expected: `${count(job[list])} ${list} in "${job.id}", as the original has`, near};
			}
		}
	}

	return undefined;
}

/**
Checks that a translation has the original's shape: the same jobs with the same ids and
periods, and as many items in every list. Switching language keeps the reader on the same
entry, and a number that is missing is a fact lost. Throws a ContentError for `file`,
whose text `source` is searched for the line to name.
*/
export default function checkTranslation(original: Resume, translation: Resume, file: string, source: string): void {
	const found = difference(original, translation);
	if (found) {
		const lines = source.split('\n');
		const index = found.near ? lines.findIndex((line) => line.includes(found.near!)) : -1;
		throw new ContentError(file, index + 1 || 1, `expected ${found.expected}`);
	}
}
