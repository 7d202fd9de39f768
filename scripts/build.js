// Builds dist/: the CLI bundled by esbuild, with the résumé and its plain text prepared in
// it, and the licences of the bundled code. The published package needs nothing else.
//
//   node scripts/build.js [--content FILE] [--outdir DIR]
import {chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {build} from 'esbuild';
import {licenceNotices} from './licences.js';

const {values} = parseArgs({
	options: {content: {type: 'string', default: 'content/resume.zh.md'}, outdir: {type: 'string', default: 'dist'}},
});
const {content: file, outdir} = values;
const defaultWidth = 80;

// Modules the résumé never uses, replaced by what little of them is called.
const stubs = {
	// marked-terminal highlights code blocks; the résumé has none. highlight.js is most of its weight.
	'cli-highlight': 'export const highlight = (code) => code;',
	// Tables, which the résumé has none of, are drawn with cli-table3 and its colours package.
	'cli-table3': 'export default class Table {};',
	// Emoji shortcodes are off (emoji: false), so the table is never read.
	'node-emoji': 'export const get = (name) => name;',
	// Ink connects to React DevTools only when DEV=true.
	'react-devtools-core': 'export default {};',
	'./devtools.js': 'export {};',
};

const virtual = (name, modules) => ({
	name,
	setup(builder) {
		const filter = new RegExp(
			`^(${Object.keys(modules)
				.map((path) => path.replaceAll('.', '\\.'))
				.join('|')})$`,
		);
		builder.onResolve({filter}, ({path}) => ({path, namespace: name}));
		builder.onLoad({filter: /.*/, namespace: name}, ({path}) => ({contents: modules[path], loader: 'js'}));
	},
});

// Every module that measures text (Ink, wrap-ansi, slice-ansi…) gets the fast string-width.
const fastStringWidth = {
	name: 'fast-string-width',
	setup(builder) {
		const fast = resolve('source/string-width.ts');
		builder.onResolve({filter: /^string-width$/}, ({importer}) => (importer === fast ? undefined : {path: fast}));
	},
};

// The content is checked, and its plain text printed, by the same code the CLI runs.
async function prepare(source) {
	const script = join(outdir, '.prerender.mjs');
	await build({entryPoints: ['scripts/prerender.ts'], outfile: script, bundle: true, platform: 'node', format: 'esm'});
	try {
		const {default: prepareResume} = await import(pathToFileURL(resolve(script)).href);
		return prepareResume(source, file, defaultWidth);
	} catch (error) {
		if (error?.name === 'ContentError') {
			console.error(`manjusaka: invalid content: ${error.message}`);
			process.exit(1);
		}

		throw error;
	} finally {
		rmSync(script, {force: true});
	}
}

rmSync(outdir, {recursive: true, force: true});
mkdirSync(outdir, {recursive: true});
const source = readFileSync(file, 'utf8');
const prepared = await prepare(source);
const result = await build({
	entryPoints: {cli: 'cli.tsx'},
	outdir,
	bundle: true,
	// The interactive code (React, Ink, Yoga) and the renderer are chunks of their own,
	// loaded only when they are needed.
	splitting: process.env.NO_SPLIT !== '1',
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: process.env.BUILD_READABLE !== '1',
	legalComments: 'none',
	metafile: true,
	chunkNames: '[name]-[hash]',
	define: {
		'process.env.NODE_ENV': '"production"',
		'process.env.DEV': '"false"',
		// Yoga's loader asks whether fetch exists; in Node 20 that question alone loads undici (45 ms).
		fetch: 'undefined',
	},
	banner: {
		// Some bundled CommonJS modules call require(); ESM has none of its own.
		js: "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);",
	},
	plugins: [
		fastStringWidth,
		virtual('stubs', stubs),
		virtual('manjusaka', {'manjusaka:prepared': `export default ${JSON.stringify(prepared)};`}),
	],
	logLevel: 'warning',
});

writeFileSync(join(outdir, 'THIRD-PARTY-LICENSES.txt'), licenceNotices(result.metafile));
chmodSync(join(outdir, 'cli.js'), 0o755);
