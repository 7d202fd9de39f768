import type {Block} from './blocks.js';
import type {ItemList, Job, Resume} from './resume.js';
import strings from './strings.js';

/** One entry of the menu and what its panel shows. */
export type Section = {
	/** Stable id: `profile`, `skills`, or the job's id. */
	readonly id: string;
	/** The menu label. */
	readonly label: string;
	/** A second, quieter part of the menu entry: a job's period. */
	readonly detail?: string;
	/** The panel title. */
	readonly title: string;
	readonly blocks: readonly Block[];
};

function listBlocks(list: ItemList | undefined, kind: 'heading' | 'label', ordered: boolean): Block[] {
	return list
		? [
				{kind, text: list.title},
				{kind: 'list', ordered, items: list.items},
			]
		: [];
}

/** A period as shown beside a job: `2019.02–2021.08`. */
export function formatPeriod(job: Job): string {
	return `${job.period.start}–${job.period.end}`;
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

/** The menu entries in order: profile, skills, then each job. */
export default function toSections(resume: Resume): Section[] {
	return [
		{id: 'profile', label: strings.profile, title: resume.title, blocks: profileBlocks(resume)},
		{
			id: 'skills',
			label: strings.skills,
			title: resume.skills.title,
			blocks: [{kind: 'list', ordered: true, items: resume.skills.items}],
		},
		...resume.work.jobs.map((job) => ({
			id: job.id,
			label: job.company,
			detail: formatPeriod(job),
			title: job.heading,
			blocks: jobBlocks(job),
		})),
	];
}
