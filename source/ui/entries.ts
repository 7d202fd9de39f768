import type {Block} from '../document/blocks.js';
import {jobBlocks, profileBlocks} from '../document/resume-blocks.js';
import type {Job, Resume} from '../model/resume.js';
import type {Strings} from '../strings/index.js';

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

/** A period as shown beside a job: `2019.02–2021.08`. */
export function formatPeriod(job: Job): string {
	return `${job.period.start}–${job.period.end}`;
}

/** The menu entries in order: profile, skills, then each job. */
export default function toSections(resume: Resume, strings: Strings): Section[] {
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

/** The entry a section name (from `sectionNames`) starts on: `work` is the first job. */
export function entryIndex(sections: readonly Section[], name: string): number {
	const index =
		name === 'work'
			? sections.findIndex((section) => section.id !== 'profile' && section.id !== 'skills')
			: sections.findIndex((section) => section.id === name);
	return Math.max(0, index);
}
