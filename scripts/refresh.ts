// npm run refresh: after an edit to content/, rewrites everything drawn from it, so that
// `npm test` holds the new résumé. package.json builds first (the screenshots run the build).
//   the golden files of test/golden/ (the content as text, Markdown and JSON)
//   README.md: the Keys table (its jump keys count the entries) and the excerpts of the résumé
//   docs/screenshots/: the README's pictures, and their titles in README.md
// It changes nothing when nothing is stale: run twice, the second run writes no file.

import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import loadResumes from '../source/content/load-resumes.js';
import {root} from '../test/support/cli-env.js';
import goldenFiles from '../test/support/golden-files.js';
import {excerpts, withExcerpts} from './readme-excerpts.js';
import {keysTable, withKeysTable} from './readme-keys.js';
import {writeScreenshots} from './screenshots.js';

const changed: string[] = [];
const write = (file: string, text: string) => {
	const path = join(root, file);
	if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
		writeFileSync(path, text);
		changed.push(file);
	}
};

const resumes = loadResumes(join(root, 'content'));
for (const [name, text] of Object.entries(goldenFiles(resumes))) {
	write(join('test', 'golden', name), text);
}

const readme = readFileSync(join(root, 'README.md'), 'utf8');
write('README.md', withExcerpts(withKeysTable(readme, keysTable()), excerpts(resumes)));
changed.push(...(await writeScreenshots()));
console.log(changed.length > 0 ? `rewrote ${changed.join(', ')}` : 'nothing was stale');
