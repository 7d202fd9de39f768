import type {ItemList, Job, Resume} from '../model/resume.js';
import {pickSection} from '../model/section.js';
import type {Block} from './blocks.js';

function listBlocks(list: ItemList | undefined, kind: 'heading' | 'label', ordered: boolean): Block[] {
	return list
		? [
				{kind, text: list.title},
				{kind: 'list', ordered, items: list.items},
			]
		: [];
}

/** The career as a chart: a bar per job, drawn from its period. */
function timelineBlock(resume: Resume): Block[] {
	const rows = resume.work.jobs.map(({company, period}) => ({label: company, start: period.start, end: period.end}));
	return rows.length > 0 ? [{kind: 'timeline', rows}] : [];
}

/** The profile: contact details, then personal information, then the career as a chart. */
export function profileBlocks(resume: Resume): Block[] {
	return [
		...listBlocks(resume.contact, 'heading', false),
		...listBlocks(resume.info, 'heading', false),
		...timelineBlock(resume),
	];
}

/** The skills, numbered, under their heading. */
export function skillsBlocks(resume: Resume): Block[] {
	return listBlocks(resume.skills, 'heading', true);
}

/** A job's description, tasks and results. */
export function jobBlocks(job: Job): Block[] {
	return [
		...(job.description ? [{kind: 'paragraph', text: job.description} as const] : []),
		...listBlocks(job.tasks, 'label', true),
		...listBlocks(job.results, 'label', true),
	];
}

/**
The résumé as a document, every section in the order of the source; or one section of it,
by a name from `sectionNames`.
*/
export default function resumeBlocks(resume: Resume, section?: string): Block[] {
	const picked = pickSection(resume, section);
	return [
		...(picked.profile ? [{kind: 'title', text: resume.title} as const, ...profileBlocks(resume)] : []),
		...(picked.skills ? skillsBlocks(resume) : []),
		...(picked.work ? [{kind: 'heading', text: resume.work.title} as const] : []),
		...picked.jobs.flatMap((job) => [{kind: 'subheading', text: job.heading} as const, ...jobBlocks(job)]),
	];
}
