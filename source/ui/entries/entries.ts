import type {Block} from '../../document/blocks.js';
import {jobBlocks, profileBlocks, skillsBlocks} from '../../document/resume-blocks.js';
import type {Job, Resume} from '../../model/resume.js';
import {pickSection} from '../../model/section.js';
import type {Strings} from '../../strings/index.js';

/** One entry of the menu and what its panel shows. */
export type Entry = {
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

/** A period as shown beside a job, with the dash its heading has: `2019.02-2021.08`. */
function formatPeriod(job: Job): string {
	return `${job.period.start}-${job.period.end}`;
}

/**
The menu entries in order: profile, skills, then each job. Each has one name, in the menu
and as its panel's title: the profile's from the interface, the skills' heading as the
content writes it (as every format prints it), a job's heading.
*/
export default function toEntries(resume: Resume, strings: Strings): Entry[] {
	return [
		{
			id: 'profile',
			label: strings.profile,
			title: strings.profile,
			blocks: [{kind: 'title', text: resume.title}, ...profileBlocks(resume)],
		},
		// The title is the skills' heading: the blocks are their list alone.
		{id: 'skills', label: resume.skills.title, title: resume.skills.title, blocks: skillsBlocks(resume).slice(1)},
		...resume.work.jobs.map((job) => ({
			id: job.id,
			label: job.company,
			detail: formatPeriod(job),
			title: job.heading,
			blocks: jobBlocks(job),
		})),
	];
}

/** The entry a `--section` name starts on: the first part of the résumé it selects. */
export function entryIndex(entries: readonly Entry[], resume: Resume, section: string): number {
	const picked = pickSection(resume, section);
	const id = picked.profile ? 'profile' : picked.skills ? 'skills' : picked.jobs[0]?.id;
	return Math.max(
		0,
		entries.findIndex((entry) => entry.id === id),
	);
}
