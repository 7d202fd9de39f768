// The README's layering, checked (`npm run layers`, in `npm test`). The order of source/'s
// folders is read from the README's "How it is built" table, so the claim and the check
// cannot drift apart: a folder imports only from the folders above it there.
const {readdirSync, readFileSync} = require('node:fs');
const {join} = require('node:path');

const readme = readFileSync(join(__dirname, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## How it is built'));
const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| Folder |')));
const order = [...table.matchAll(/^\| `([\w-]+)\/` \|/gm)].map((match) => match[1]);

const folders = readdirSync(join(__dirname, 'source'), {withFileTypes: true})
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);
const unlisted = folders.filter((folder) => !order.includes(folder));
const missing = order.filter((folder) => !folders.includes(folder));
if (order.length === 0 || unlisted.length > 0 || missing.length > 0) {
	throw new Error(
		`README.md's "How it is built" table and source/ disagree: ${[
			...unlisted.map((folder) => `source/${folder}/ is not in the table`),
			...missing.map((folder) => `${folder}/ is in the table but not in source/`),
		].join('; ')}`,
	);
}

// The files the README names as the only code that touches `process`, read from its bullet
// that begins "The only code that touches `process`:" up to the next bullet. Biome's
// noProcessGlobal makes every use an import, which is what dependency-cruiser sees.
const processBullet = section.slice(section.indexOf('- The only code that touches `process`:'));
const touchProcess = [...processBullet.slice(0, processBullet.indexOf('\n- ')).matchAll(/`([\w./-]+\.tsx?)`/g)].map(
	(match) => match[1],
);
if (touchProcess.length === 0) {
	throw new Error('README.md\'s "How it is built" names no file that touches `process`');
}

// Packages that read the process's environment for themselves: importing one touches `process`.
// (chalk is everywhere, for its Chalk class; its supportsColor is kept to the same files by
// Biome's noRestrictedImports, in biome.json.)
const environmentReaders = ['is-in-ci', 'is-unicode-supported', 'supports-hyperlinks', 'supports-color'];
const literal = (path) => path.replaceAll('.', '\\.');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		...order.slice(0, -1).map((folder, index) => ({
			name: `${folder}-imports-below`,
			comment: `source/${folder}/ imports only from the folders above it in README.md's "How it is built" table`,
			severity: 'error',
			from: {path: `^source/${folder}/`},
			to: {path: `^source/(${order.slice(index + 1).join('|')})/`},
		})),
		{
			name: 'no-cycles',
			comment: 'a file never imports itself back through others',
			severity: 'error',
			from: {},
			to: {circular: true},
		},
		{
			name: 'process-at-entry-only',
			comment:
				"only the files README.md names touch `process` (import it from 'node:process') or a package that reads the environment",
			severity: 'error',
			from: {pathNot: `^(${touchProcess.map(literal).join('|')})$`},
			to: {path: `^((node:)?process|node_modules/(${environmentReaders.join('|')})/.*)$`},
		},
		{
			name: 'content-at-build-time-only',
			comment: 'source/content/ reads content/*.md at build time: nothing the app runs imports it',
			severity: 'error',
			from: {pathNot: '^source/content/'},
			to: {path: '^source/content/'},
		},
		{
			name: 'resolvable',
			comment: 'an import names a file or a package that exists',
			severity: 'error',
			from: {},
			// The modules the build makes (source/types/prepared.d.ts) are resolved by esbuild.
			to: {couldNotResolve: true, pathNot: '^manjusaka:'},
		},
	],
	options: {
		doNotFollow: {path: 'node_modules'},
		// Type-only imports count: a type several folders share lives in the first of them in the table.
		tsPreCompilationDeps: true,
		tsConfig: {fileName: 'tsconfig.json'},
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'types'],
		},
	},
};
