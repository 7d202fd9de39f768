import {inlineLinks, inlineToPlain} from '../model/inline-markdown.js';
import type {Language} from '../model/language.js';
import type {ItemList, Job, Resume} from '../model/resume.js';
import {pickSection} from '../model/section.js';

/** A work entry of JSON Resume, as this résumé fills it. */
type JsonWork = {
	readonly name: string;
	readonly position?: string;
	readonly startDate?: string;
	readonly endDate?: string;
	/** The job's description, then its tasks: the heading of the list and one numbered line per task. */
	readonly summary?: string;
	/** The results. */
	readonly highlights?: readonly string[];
};

/** The résumé as a JSON Resume document (schema v1.0.0), with the extra facts in `meta`. */
type JsonResume = {
	readonly $schema: string;
	readonly basics?: {
		readonly name: string;
		readonly label?: string;
		readonly email?: string;
		readonly url?: string;
		/** Contact and information lines that have no field of their own, one per line. */
		readonly summary?: string;
	};
	readonly education?: ReadonlyArray<Record<string, string>>;
	readonly work?: readonly JsonWork[];
	readonly skills?: ReadonlyArray<{readonly name: string}>;
	readonly meta: {
		/** The language of the texts: `zh` or `en`. */
		readonly language: Language;
		/** The document's title and the headings of its sections, as the content writes them. */
		readonly title: string;
		readonly headings: Readonly<Record<string, string>>;
	};
};

const schemaUrl = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

// `2019.02` → `2019-02`; an end like `至今` (to date) is no date and leaves the field out.
const isoMonth = (period: string): string | undefined => /^(\d{4})\.(\d{2})$/.exec(period)?.slice(1).join('-');

const plain = (list: ItemList | undefined): string[] => list?.items.map((item) => inlineToPlain(item)) ?? [];

const optional = <K extends string, V>(key: K, value: V | undefined) =>
	(value === undefined || value === '' ? {} : {[key]: value}) as Partial<Record<K, V>>;

function toWork(job: Job): JsonWork {
	const tasks = job.tasks ? [job.tasks.title, ...plain(job.tasks).map((task, index) => `${index + 1}. ${task}`)] : [];
	const summary = [...(job.description ? [inlineToPlain(job.description), ''] : []), ...tasks].join('\n').trim();
	const results = plain(job.results);
	return {
		name: job.company,
		...optional('position', job.title),
		...optional('startDate', isoMonth(job.period.start)),
		...optional('endDate', isoMonth(job.period.end)),
		...optional('summary', summary),
		...(results.length > 0 ? {highlights: results} : {}),
	};
}

function basics(resume: Resume): NonNullable<JsonResume['basics']> {
	const {basics} = resume;
	// Every line of contact and information is somewhere: in a field of its own, or in the summary.
	const elsewhere = (item: string) => {
		const links = inlineLinks(item).map((link) => link.href);
		return (
			links.includes(`mailto:${basics.email}`) ||
			(basics.blog !== undefined && links.includes(basics.blog)) ||
			(basics.education !== undefined && inlineToPlain(item).includes(basics.education.institution))
		);
	};

	const rest = [...resume.contact.items, ...resume.info.items].filter((item) => !elsewhere(item));
	return {
		name: basics.name,
		...optional('label', basics.role),
		...optional('email', basics.email),
		...optional('url', basics.blog),
		...optional('summary', rest.map((item) => inlineToPlain(item)).join('\n')),
	};
}

function education(resume: Resume): Array<Record<string, string>> {
	const found = resume.basics.education;
	return found
		? [
				{
					institution: found.institution,
					area: found.area,
					studyType: found.studyType,
					startDate: found.startYear,
					endDate: found.endYear,
				},
			]
		: [];
}

/**
The résumé as JSON Resume (jsonresume.org, schema v1.0.0), which its themes turn into HTML
or PDF; one section of it, by a name from `sectionNames`, when one is given. The tasks of
a job are in its `summary`, its results are its `highlights`; `meta` holds the language,
the title and the section headings, so that no line of the résumé is lost.
*/
export default function toJsonResume(resume: Resume, language: Language, section?: string): JsonResume {
	const results = resume.work.jobs.find((job) => job.results)?.results?.title;
	const {profile, skills, jobs} = pickSection(resume, section);
	return {
		$schema: schemaUrl,
		...(profile ? {basics: basics(resume), education: education(resume)} : {}),
		...(jobs.length > 0 ? {work: jobs.map((job) => toWork(job))} : {}),
		...(skills ? {skills: resume.skills.items.map((item) => ({name: inlineToPlain(item)}))} : {}),
		meta: {
			language,
			title: resume.title,
			headings: {
				contact: resume.contact.title,
				info: resume.info.title,
				skills: resume.skills.title,
				work: resume.work.title,
				...optional('results', results),
			},
		},
	};
}
