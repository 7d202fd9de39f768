// What the README's writers share: a part of README.md made by the code, rewritten in place,
// or, with --check, a stale part said and exit 1. A path after the flags names another README
// (the tests use a copy).

import {readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/** What a writer says: of a README that is stale under --check, and of one it wrote. */
type Words = {readonly stale: string; readonly written: string};

/** Rewrites the README the arguments name with `rewrite`; returns the exit status. */
export function rewriteReadme(args: readonly string[], rewrite: (readme: string) => string, words: Words): number {
	const file = args.find((arg) => !arg.startsWith('--')) ?? join(root, 'README.md');
	const readme = readFileSync(file, 'utf8');
	const written = rewrite(readme);
	if (written === readme) {
		return 0;
	}

	if (args.includes('--check')) {
		process.stderr.write(`${file}: ${words.stale}; run npm run refresh\n`);
		return 1;
	}

	writeFileSync(file, written);
	process.stdout.write(`${file}: ${words.written}\n`);
	return 0;
}

/** Whether the module of `url` is the script node was asked to run, rather than one imported (the tests import the writers' functions). */
export const isRun = (url: string): boolean =>
	process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(url);
