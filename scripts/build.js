// Builds dist/: the CLI bundled by esbuild, with the résumé and its plain text prepared in
// it, and the licences of the bundled code. The published package needs nothing else.
//
//   node scripts/build.js [--content FOLDER] [--outdir DIR]
//
// FOLDER holds resume.zh.md and resume.en.md (default: content).
import {chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve, sep} from 'node:path';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {build} from 'esbuild';
import {licenceNotices} from './licences.js';
import {noAddons, ssh2Server} from './ssh2-server.js';
import {
	inkWithoutDevelopment,
	lazyAtLoad,
	lineBreakTableInflated,
	loadOnUse,
	segmentWithGraphemes,
	sharedStyles,
	yogaWithoutFetch,
} from './start-up/index.js';

const {values} = parseArgs({
	options: {content: {type: 'string', default: 'content'}, outdir: {type: 'string', default: 'dist'}},
});
const {content: folder, outdir} = values;

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
	// prom-client asks OpenTelemetry for the current trace only for exemplars, which are off.
	'@opentelemetry/api':
		'export const trace = {getSpan: () => undefined}; export const context = {active: () => undefined};',
	// prom-client computes quantiles with a t-digest only for its Summary, which serve does not use.
	tdigest: "export class TDigest { constructor() { throw new Error('no Summary metrics in this bundle'); } }",
	// ssh2 derives keys with bcrypt only for passphrase-protected private keys, which serve refuses.
	'bcrypt-pbkdf': "export const pbkdf = () => { throw new Error('passphrase-protected keys are not supported'); };",
};

// Ink's own module that loads React DevTools, and nothing else of that name.
const inkDevtools = {
	name: 'ink-devtools',
	setup(builder) {
		builder.onResolve({filter: /^\.\/devtools\.js$/}, ({importer}) =>
			importer.includes(`${sep}ink${sep}build${sep}`) ? {path: 'ink-devtools', namespace: 'stubs'} : undefined,
		);
	},
};

// Some bundled CommonJS modules call require(); ESM has none of its own.
const banner = {
	js: "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);",
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
		builder.onLoad({filter: /.*/, namespace: name}, ({path}) => ({
			contents: modules[path] ?? 'export {};',
			loader: 'js',
		}));
	},
});

// Every module that measures text (Ink, wrap-ansi, slice-ansi…) gets the fast string-width.
const fastStringWidth = {
	name: 'fast-string-width',
	setup(builder) {
		const fast = resolve('source/text/string-width.ts');
		builder.onResolve({filter: /^string-width$/}, ({importer}) => (importer === fast ? undefined : {path: fast}));
	},
};

// The content is checked, and its plain text printed, by the same code the CLI runs.
// It runs before dist/ is touched: broken content leaves the last good build in place.
async function prepare() {
	const temporary = mkdtempSync(join(tmpdir(), 'manjusaka-build-'));
	const script = join(temporary, 'prerender.mjs');
	// marked-terminal renders the app's inline Markdown here, at build time only.
	await build({
		entryPoints: ['scripts/prerender.ts'],
		outfile: script,
		bundle: true,
		platform: 'node',
		format: 'esm',
		banner,
		plugins: [virtual('stubs', stubs)],
	});
	try {
		const {default: prepareResume} = await import(pathToFileURL(script).href);
		return prepareResume(folder);
	} catch (error) {
		if (error?.name === 'ContentError') {
			console.error(`manjusaka: invalid content: ${error.message}`);
			process.exit(1);
		}

		throw error;
	} finally {
		rmSync(temporary, {recursive: true, force: true});
	}
}

const prepared = await prepare();
rmSync(outdir, {recursive: true, force: true});
mkdirSync(outdir, {recursive: true});
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
	},
	banner,
	plugins: [
		fastStringWidth,
		inkDevtools,
		yogaWithoutFetch,
		noAddons,
		ssh2Server,
		inkWithoutDevelopment,
		lazyAtLoad,
		segmentWithGraphemes,
		lineBreakTableInflated,
		sharedStyles,
		loadOnUse,
		virtual('stubs', stubs),
		virtual('manjusaka', {'manjusaka:prepared': `export default ${JSON.stringify(prepared)};`}),
	],
	logLevel: 'warning',
});

// The command npm links: CommonJS, so that a piped run with no arguments, which it serves
// itself, starts without Node's ES module loader; any other run it hands to cli.js.
const launcher = await build({
	entryPoints: ['launcher.ts'],
	outfile: join(outdir, 'cli.cjs'),
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node20',
	minify: process.env.BUILD_READABLE !== '1',
	legalComments: 'none',
	metafile: true,
	external: ['./cli.js'],
	plugins: [virtual('manjusaka', {'manjusaka:plain': `export default ${JSON.stringify(prepared.plain)};`})],
	logLevel: 'warning',
});

writeFileSync(
	join(outdir, 'THIRD-PARTY-LICENSES.txt'),
	licenceNotices({inputs: {...result.metafile.inputs, ...launcher.metafile.inputs}}),
);
chmodSync(join(outdir, 'cli.js'), 0o755);
chmodSync(join(outdir, 'cli.cjs'), 0o755);
