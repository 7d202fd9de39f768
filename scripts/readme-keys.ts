// Writes the Keys table of README.md from the key table, in English, grouped by scope as the
// help screen and --help group it, so that the README cannot drift from the app:
//   node --import tsx scripts/readme-keys.ts            rewrites the table between the markers (npm run refresh runs it)
//   node --import tsx scripts/readme-keys.ts --check    exits 1 if the table is not what it would write
// A path after the flags names another README (the tests use a copy).

import {dirname, join} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import loadResumes from '../source/content/load-resumes.js';
import {keyRows} from '../source/keys/labels.js';
import {partNames} from '../source/model/section.js';
import stringsFor from '../source/strings/index.js';

import {isRun, rewriteReadme} from './readme-writer.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The comments that hold the generated table in README.md. */
export const markers = {start: '<!-- keys:start -->', end: '<!-- keys:end -->'} as const;

const cell = (text: string) => text.replaceAll('|', '\\|');
// `↑ k` as `↑` `k`: each key in code, as the prose around the table writes them.
const keys = (label: string) =>
	label
		.split(' ')
		.map((key) => `\`${cell(key)}\``)
		.join(' ');

/** The Keys table in Markdown: a row per binding of the key table, with the English labels and words. */
export function keysTable(): string {
	// The jump keys' label is the range of the menu's entries, as in the app.
	const entries = partNames(loadResumes(join(root, 'content')).en).length;
	const rows = keyRows(stringsFor('en'), entries, 'local').flatMap(({scope, rows}) =>
		rows.map(([label, description]) => `| ${cell(scope)} | ${keys(label)} | ${cell(description)} |`),
	);
	return ['| Where | Keys | What they do |', '| --- | --- | --- |', ...rows].join('\n');
}

/** `readme` with `table` between the markers, in place of what was there. */
export function withKeysTable(readme: string, table: string): string {
	const start = readme.indexOf(markers.start);
	const end = readme.indexOf(markers.end);
	if (start < 0 || end < start) {
		throw new Error(`README: no ${markers.start} … ${markers.end} to write the Keys table between`);
	}

	return `${readme.slice(0, start + markers.start.length)}\n${table}\n${readme.slice(end)}`;
}

if (isRun(import.meta.url)) {
	process.exitCode = rewriteReadme(process.argv.slice(2), (readme) => withKeysTable(readme, keysTable()), {
		stale: 'the Keys table is not what the key table says',
		written: 'the Keys table is written',
	});
}
