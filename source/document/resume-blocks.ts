import type {ItemList, Job, Resume} from '../model/resume.js';
import type {Block} from './blocks.js';

// The sections every résumé has, by the names `--section` takes; each job adds its id.
const fixedSections = ['profile', 'skills', 'work'] as const;

/** Every name `--section` takes for this résumé: the fixed ones, then each job's id. */
export function sectionNames(resume: Resume): string[] {
	return [...fixedSections, ...resume.work.jobs.map((job) => job.id)];
}

function listBlocks(list: ItemList | undefined, kind: 'heading' | 'label', ordered: boolean): Block[] {
	return list
		? [
				{kind, text: list.title},
				{kind: 'list', ordered, items: list.items},
			]
		: [];
}

/** The profile: contact details, then personal information. */
export function profileBlocks(resume: Resume): Block[] {
	return [...listBlocks(resume.contact, 'heading', false), ...listBlocks(resume.info, 'heading', false)];
}

/** A job's description, tasks and results. */
export function jobBlocks(job: Job): Block[] {
	return [
		...(job.description ? [{kind: 'paragraph', text: job.description} as const] : []),
		...listBlocks(job.tasks, 'label', true),
		...listBlocks(job.results, 'label', true),
	];
}

const skillsBlocks = (resume: Resume): Block[] => listBlocks(resume.skills, 'heading', true);

const workBlocks = (jobs: readonly Job[]): Block[] =>
	jobs.flatMap((job) => [{kind: 'subheading', text: job.heading} as const, ...jobBlocks(job)]);

/**
The résumé as a document, every section in the order of the source; or one section of it,
by a name from `sectionNames`. An unknown name gives nothing: names are checked before.
*/
export default function documentBlocks(resume: Resume, section?: string): Block[] {
	const title: Block = {kind: 'title', text: resume.title};
	const work: Block = {kind: 'heading', text: resume.work.title};
	switch (section) {
		case undefined: {
			return [title, ...profileBlocks(resume), ...skillsBlocks(resume), work, ...workBlocks(resume.work.jobs)];
		}

		case 'profile': {
			return [title, ...profileBlocks(resume)];
		}

		case 'skills': {
			return skillsBlocks(resume);
		}

		case 'work': {
			return [work, ...workBlocks(resume.work.jobs)];
		}

		default: {
			return workBlocks(resume.work.jobs.filter((job) => job.id === section));
		}
	}
}
