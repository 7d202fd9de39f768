import type {Job, Resume} from './resume.js';

/** The parts of the résumé that each stand alone, in order: the profile, the skills, each job by its id. The menu has one entry for each. */
export function partNames(resume: Resume): string[] {
	return ['profile', 'skills', ...resume.work.jobs.map((job) => job.id)];
}

/** Every name `--section` takes for this résumé: the parts, and `work` for all the jobs. */
export function sectionNames(resume: Resume): string[] {
	const [profile = 'profile', skills = 'skills', ...jobs] = partNames(resume);
	return [profile, skills, 'work', ...jobs];
}

/** What a `--section` name selects of a résumé; without a name, all of it. */
type Selection = {
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
