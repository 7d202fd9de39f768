import type {Job, Resume} from './resume.js';

// The sections every résumé has, by the names `--section` takes; each job adds its id.
const fixedSections = ['profile', 'skills', 'work'] as const;

/** Every name `--section` takes for this résumé: the fixed ones, then each job's id. */
export function sectionNames(resume: Resume): string[] {
	return [...fixedSections, ...resume.work.jobs.map((job) => job.id)];
}

/** What a `--section` name selects of a résumé; without a name, all of it. */
export type Selection = {
	/** The title, the contact details and the personal information. */
	readonly profile: boolean;
	readonly skills: boolean;
	/** The work section as a whole, under its heading (not one job of it). */
	readonly work: boolean;
	/** The jobs shown: all of them with the work section, one for a job's id, else none. */
	readonly jobs: readonly Job[];
};

/**
The parts of the résumé a name from `sectionNames` stands for, or the whole résumé when
there is no name. An unknown name selects nothing: names are checked before.
*/
export function pickSection(resume: Resume, name?: string): Selection {
	const whole = name === undefined;
	const work = whole || name === 'work';
	return {
		profile: whole || name === 'profile',
		skills: whole || name === 'skills',
		work,
		jobs: work ? resume.work.jobs : resume.work.jobs.filter((job) => job.id === name),
	};
}
