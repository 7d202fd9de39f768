import {inlineLinks, inlineToPlain} from '../model/inline-markdown.js';
import type {Basics, Education, ItemList, Job} from '../model/resume.js';

// `本科/示例大学/计算机科学（2012 ~ 2016）`: degree/school/major (start ~ end).
const educationPattern = /^(.+?)\/(.+?)\/(.+?)\s*[（(]\s*(\d{4})\s*[~\-–]\s*(\d{4})\s*[）)]$/;

function toEducation(match: RegExpExecArray): Education {
	const [, studyType = '', institution = '', area = '', startYear = '', endYear = ''] = match;
	return {studyType, institution, area, startYear, endYear};
}

/**
Picks the facts other views need out of the contact and info lists, by their shape: the
first e-mail link, the first web link, the education item, and
the role of the latest job that names one. What is not found stays out.
*/
export default function pickBasics(name: string, contact: ItemList, info: ItemList, jobs: readonly Job[]): Basics {
	const links = [...contact.items, ...info.items].flatMap((item) => inlineLinks(item));
	const email = links.find((link) => link.href.startsWith('mailto:'))?.href.slice('mailto:'.length);
	const blog = links.find((link) => /^https?:/.test(link.href))?.href;
	const plainInfo = info.items.map((item) => inlineToPlain(item));
	const education = plainInfo.map((item) => educationPattern.exec(item)).find(Boolean);
	const role = jobs.find((job) => job.title)?.title;
	return {
		name,
		...(role ? {role} : {}),
		...(email ? {email} : {}),
		...(blog ? {blog} : {}),
		...(education ? {education: toEducation(education)} : {}),
	};
}
