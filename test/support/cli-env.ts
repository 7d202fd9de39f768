import {dirname, join} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';

/** The project's root: the built CLI and its content are found from here, whatever the cwd. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The folder of the tests' own résumé (`resume.zh.md`, `resume.en.md`): behaviour tests run on it, never on `content/`. */
export const fixtureContent = join(root, 'test', 'fixtures', 'resume');

/** The command built from the tests' own résumé (`npm test` builds it into `test/.dist/`). */
export const fixtureCli = join(root, 'test', '.dist', 'cli.cjs');

/** The command built from the real résumé, as `npx manjusaka` runs it: for the checks of the content and of the package. */
export const contentCli = join(root, 'dist', 'cli.cjs');

/**
The command behaviour tests run: the fixture's build, so that an edit to `content/` changes none
of them. MANJUSAKA_CLI names another build (a copy, an installed package).
*/
export const cli = process.env.MANJUSAKA_CLI ?? fixtureCli;

/** Variables on top of `cleanEnv()`'s; `undefined` removes one. */
export type EnvChanges = Readonly<Record<string, string | undefined>>;

/**
The environment of a user's terminal, and nothing from the one the tests run in: CI makes Ink
print only its last frame, and FORCE_COLOR, NO_COLOR or COLORTERM would change the colours.
*/
export function cleanEnv(extra: EnvChanges = {}): Record<string, string> {
	const env: Record<string, string | undefined> = {
		PATH: process.env.PATH,
		HOME: process.env.HOME,
		// Not English: the app starts in Chinese, the original.
		LANG: 'zh_CN.UTF-8',
		TERM: 'xterm-256color',
		...extra,
	};
	return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
