import {readFileSync} from 'node:fs';
import {Lexer, type Token, type Tokens} from 'marked';
import ContentError from './content-error.js';
import {inlineToPlain} from './inline.js';
import pickBasics from './pick-basics.js';
import type {ItemList, Job, Resume} from './resume.js';
import sanitize from './sanitize.js';

const sectionIds = ['contact', 'info', 'skills', 'work'] as const;
type SectionId = (typeof sectionIds)[number];
const listIds = ['tasks', 'results'] as const;

/** A top-level token with the line it starts on. */
type Located = {readonly token: Token; readonly line: number};

function locate(markdown: string): Located[] {
	const located: Located[] = [];
	let line = 1;
	for (const token of new Lexer().lex(markdown)) {
		if (token.type !== 'space') {
			located.push({token, line});
		}

		line += token.raw.split('\n').length - 1;
	}

	return located;
}

/** Split `Title {#id}` into its parts. */
function splitHeading(text: string): {title: string; id?: string} {
	const match = /^(.*?)\s*\{#([\w-]+)\}\s*$/.exec(text);
	return match ? {title: inlineToPlain(match[1]!), id: match[2]!} : {title: inlineToPlain(text)};
}

const periodPattern = /^(\d{4}\.\d{2})\s*[-–~]\s*(\d{4}\.\d{2}|\S+)\s+(.+)$/;

/**
Reads the résumé from Markdown, checking its shape as it goes: the layout it expects is
described in content/README.md. Any mismatch throws a ContentError naming the line.
*/
export function parseResume(source: string, file: string): Resume {
	const tokens = locate(sanitize(source));
	let index = 0;
	const fail = (expected: string, at = tokens[index]): never => {
		// Past the last block, point at the last line.
		throw new ContentError(file, at?.line ?? source.replace(/\n$/, '').split('\n').length, expected);
	};

	const next = (): Located | undefined => tokens[index];
	const isHeading = (depth: number): boolean => {
		const token = next()?.token;
		return token?.type === 'heading' && token.depth === depth;
	};

	const readList = (title: string): ItemList => {
		const located = next();
		if (located?.token.type !== 'list') {
			return fail(`expected a list of items under "${title}"`, located);
		}

		const list = located.token as Tokens.List;
		let line = located.line;
		const items = list.items.map((item) => {
			const itemLine = line;
			line += item.raw.split('\n').length - 1;
			if (item.tokens.some((child) => child.type === 'list')) {
				fail('expected a flat list: nested lists are not supported', {token: item, line: itemLine});
			}

			const text = item.text.replaceAll(/\s*\n\s*/g, ' ').trim();
			if (text === '') {
				fail(`expected text in every item of "${title}", found an empty one`, {token: item, line: itemLine});
			}

			return text;
		});
		index++;
		return {title, items};
	};

	const first = next();
	if (!isHeading(1) || first?.token.type !== 'heading') {
		return fail('expected the title first, like "# **Name** résumé"', first);
	}

	const strong = first.token.tokens?.find((token): token is Tokens.Strong => token.type === 'strong');
	const name = strong && inlineToPlain(strong.text);
	if (!name) {
		return fail('expected the name in bold in the title, like "# **Name** résumé"');
	}

	const title = inlineToPlain(first.token.text);
	index++;

	const sections = new Map<SectionId, ItemList>();
	const jobs: Job[] = [];
	let workTitle: string | undefined;
	while (next()) {
		const located = next()!;
		const token = located.token;
		if (token.type !== 'heading' || token.depth !== 2) {
			return fail(`expected a section heading like "## Title {#${sectionIds.join('|')}}", found ${describe(token)}`);
		}

		const heading = splitHeading(token.text);
		const id = sectionIds.find((known) => known === heading.id);
		if (!id) {
			return fail(
				heading.id
					? `unknown section "${heading.id}": expected one of ${sectionIds.join(', ')}`
					: `expected a section id after the heading, like "## ${heading.title} {#${sectionIds.join('|')}}"`,
			);
		}

		if (sections.has(id) || (id === 'work' && workTitle !== undefined)) {
			return fail(`expected each section once, found "${id}" again`);
		}

		index++;
		if (id === 'work') {
			workTitle = heading.title;
			while (isHeading(3)) {
				jobs.push(readJob());
			}

			if (jobs.length === 0) {
				return fail(
					`expected at least one job heading like "### 2019.02-2021.08 Company {#id}" under "${heading.title}"`,
				);
			}
		} else {
			sections.set(id, readList(heading.title));
		}
	}

	function readJob(): Job {
		const located = next()!;
		const {title: heading, id} = splitHeading((located.token as Tokens.Heading).text);
		if (!id) {
			return fail(`expected a job id after the heading, like "### ${heading} {#company}"`);
		}

		if (jobs.some((job) => job.id === id)) {
			return fail(`expected each job id once, found "${id}" again`);
		}

		const period = periodPattern.exec(heading);
		if (!period) {
			return fail(
				`expected the job heading to start with its period, like "### 2019.02-2021.08 Company", found "${heading}"`,
			);
		}

		const [, start, end, rest] = period as unknown as [string, string, string, string];
		const at = rest.lastIndexOf('@');
		index++;
		let description: string | undefined;
		if (next()?.token.type === 'paragraph') {
			description = (next()!.token as Tokens.Paragraph).text.replaceAll(/\s*\n\s*/g, ' ').trim();
			index++;
		}

		const lists: Partial<Record<(typeof listIds)[number], ItemList>> = {};
		while (isHeading(4)) {
			const label = splitHeading((next()!.token as Tokens.Heading).text);
			const listId = listIds.find((known) => known === label.id);
			if (!listId) {
				return fail(`expected "#### ${label.title} {#${listIds.join('|')}}" in job "${id}"`);
			}

			if (lists[listId]) {
				return fail(`expected one "${listId}" list in job "${id}", found another`);
			}

			index++;
			lists[listId] = readList(label.title);
		}

		if (!lists.tasks && !lists.results) {
			return fail(`expected "#### … {#tasks}" or "#### … {#results}" with a list in job "${id}"`, located);
		}

		if (next() && !isHeading(2) && !isHeading(3)) {
			return fail(
				`expected a list heading "#### … {#tasks|results}" or the next job, found ${describe(next()!.token)}`,
			);
		}

		return {
			id,
			heading,
			period: {start, end},
			...(at > 0 ? {title: rest.slice(0, at).trim(), company: rest.slice(at + 1).trim()} : {company: rest.trim()}),
			...(description === undefined ? {} : {description}),
			...lists,
		};
	}

	const missing = sectionIds.filter((id) => (id === 'work' ? workTitle === undefined : !sections.has(id)));
	if (missing.length > 0) {
		return fail(
			`expected the section${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} missing`,
		);
	}

	const contact = sections.get('contact')!;
	const info = sections.get('info')!;
	return {
		title,
		basics: pickBasics(name, contact, info, jobs),
		contact,
		info,
		skills: sections.get('skills')!,
		work: {title: workTitle!, jobs},
	};
}

function describe(token: Token): string {
	if (token.type === 'heading') {
		return `a level-${token.depth} heading "${token.text}"`;
	}

	return `${token.type === 'paragraph' ? 'a paragraph' : `a ${token.type}`} "${token.raw.trim().split('\n')[0]}"`;
}

/** Reads and parses a content file; an unreadable file is a ContentError too. */
export default function loadResume(file: string): Resume {
	let source: string;
	try {
		source = readFileSync(file, 'utf8');
	} catch (error) {
		throw new ContentError(
			file,
			0,
			`expected a readable résumé file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
		);
	}

	return parseResume(source, file);
}
