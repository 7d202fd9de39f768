import type {Language} from './language.js';

/** One list of a résumé section, with its heading as written in the content. */
export type ItemList = {
	readonly title: string;
	readonly items: readonly string[];
};

/** A period of work, as written: `2019.02`, `2021.08`. */
type Period = {
	readonly start: string;
	readonly end: string;
};

/** One job: its heading parts, an optional description, its tasks and its results. */
export type Job = {
	/** Short stable id from the content (`{#id}`), e.g. `acme`. */
	readonly id: string;
	/** The heading as written, e.g. `2019.02-2019.11 示例公司`. */
	readonly heading: string;
	readonly period: Period;
	/** The role, where the heading gives one (`Senior SRE@company`). */
	readonly title?: string;
	readonly company: string;
	readonly description?: string;
	readonly tasks?: ItemList;
	readonly results?: ItemList;
};

/** Education parsed from an item like `本科/示例大学/计算机科学（2012 ~ 2016）`. */
export type Education = {
	readonly studyType: string;
	readonly institution: string;
	readonly area: string;
	readonly startYear: string;
	readonly endYear: string;
};

/** Facts picked out of the contact and info lists, for the header and other formats. */
export type Basics = {
	readonly name: string;
	/** The role of the most recent job that names one. */
	readonly role?: string;
	readonly email?: string;
	readonly blog?: string;
	readonly education?: Education;
};

/** The whole résumé. Item texts are inline Markdown, free of control characters (the loader refuses them). */
export type Resume = {
	/** The document title as written, e.g. `Manjusaka 个人简历`. */
	readonly title: string;
	readonly basics: Basics;
	readonly contact: ItemList;
	readonly info: ItemList;
	readonly skills: ItemList;
	readonly work: {readonly title: string; readonly jobs: readonly Job[]};
};

/** The résumé in every language. */
export type Resumes = Readonly<Record<Language, Resume>>;
