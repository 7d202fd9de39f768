import type {Tokens} from 'marked';
import type {ItemList, Job} from '../model/resume.js';
import type TokenCursor from './token-cursor.js';
import {describe, splitHeading} from './token-cursor.js';

const listIds = ['tasks', 'results'] as const;
const periodPattern = /^(\d{4}\.\d{2})\s*[-–~]\s*(\d{4}\.\d{2}|\S+)\s+(.+)$/;

/**
Reads one job at the cursor: `### period Role@Company {#id}`, an optional paragraph, then
`#### … {#tasks}` and/or `#### … {#results}`, each with its list.
*/
export default function readJob(cursor: TokenCursor, taken: readonly Job[]): Job {
	const located = cursor.peek()!;
	const {title: heading, id} = splitHeading((located.token as Tokens.Heading).text);
	if (!id) {
		return cursor.fail(`expected a job id after the heading, like "### ${heading} {#company}"`);
	}

	if (taken.some((job) => job.id === id)) {
		return cursor.fail(`expected each job id once, found "${id}" again`);
	}

	const period = periodPattern.exec(heading);
	if (!period) {
		return cursor.fail(
			`expected the job heading to start with its period, like "### 2019.02-2021.08 Company", found "${heading}"`,
		);
	}

	const [, start = '', end = '', rest = ''] = period;
	const at = rest.lastIndexOf('@');
	cursor.advance();
	let description: string | undefined;
	const paragraph = cursor.peek()?.token;
	if (paragraph?.type === 'paragraph') {
		description = paragraph.text.replaceAll(/\s*\n\s*/g, ' ').trim();
		cursor.advance();
	}

	const lists: Partial<Record<(typeof listIds)[number], ItemList>> = {};
	while (cursor.isHeading(4)) {
		const label = splitHeading((cursor.peek()!.token as Tokens.Heading).text);
		const listId = listIds.find((known) => known === label.id);
		if (!listId) {
			return cursor.fail(`expected "#### ${label.title} {#${listIds.join('|')}}" in job "${id}"`);
		}

		if (lists[listId]) {
			return cursor.fail(`expected one "${listId}" list in job "${id}", found another`);
		}

		cursor.advance();
		lists[listId] = cursor.readList(label.title);
	}

	if (!lists.tasks && !lists.results) {
		return cursor.fail(`expected "#### … {#tasks}" or "#### … {#results}" with a list in job "${id}"`, located);
	}

	const after = cursor.peek();
	if (after && !cursor.isHeading(2) && !cursor.isHeading(3)) {
		return cursor.fail(
			`expected a list heading "#### … {#tasks|results}" or the next job, found ${describe(after.token)}`,
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
