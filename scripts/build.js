// Builds dist/: the CLI bundled by esbuild, with the résumé and its plain text prepared in
// it, and the licences of the bundled code. The published package needs nothing else.
//
//   node scripts/build.js [--content FOLDER] [--outdir DIR]
//
// FOLDER holds resume.zh.md and resume.en.md (default: content).
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve, sep} from 'node:path';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {build} from 'esbuild';
import {licenceNotices} from './licences.js';
import {
	inkWithoutDevelopment,
	lazyAtLoad,
	lineBreakTableInflated,
	loadOnUse,
	segmentWithGraphemes,
	sharedStyles,
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

// Yoga's loader asks whether fetch exists; in Node 20 the question alone loads undici
// (45 ms). The answer is no for Yoga, and for Yoga only. It also decodes its WebAssembly from
// base64 with atob and a loop over every byte (milliseconds); Buffer does it natively.
const yogaDecode =
	'var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c';
const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(builder) {
		builder.onLoad({filter: /yoga-layout[\\/]dist[\\/]binaries[\\/].*\.js$/}, ({path}) => {
			const code = readFileSync(path, 'utf8');
			if (!code.includes('typeof fetch')) {
				throw new Error(`${path}: no "typeof fetch" to answer; has Yoga's loader changed?`);
			}

			if (code.split(yogaDecode).length !== 2) {
				throw new Error(`${path}: no base64 decoding loop to replace; has Yoga's loader changed?`);
			}

			return {
				contents: code
					.replaceAll('typeof fetch', '"undefined"')
					.replace(yogaDecode, 'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))'),
				loader: 'js',
			};
		});
	},
};

// ssh2 and the CPU probe it asks about ciphers load compiled addons when they can, and
// fall back to JavaScript when the load throws: the bundle carries no compiled code, so
// each load throws, as it would where the addon was never built.
const noAddons = {
	name: 'no-addons',
	setup(builder) {
		builder.onResolve({filter: /(\.node|^cpu-features)$/}, ({path}) => ({path, namespace: 'no-addons'}));
		builder.onLoad({filter: /.*/, namespace: 'no-addons'}, ({path}) => ({
			contents: `throw new Error(${JSON.stringify(`${path}: no compiled addons in this bundle`)});`,
			loader: 'js',
		}));
	},
};

// The server needs ssh2's server and its key utilities: not its client, agent, HTTP agents
// or SFTP (refused before it would be started), a third of its size.
const ssh2Server = {
	name: 'ssh2-server',
	setup(builder) {
		// Real paths: esbuild names importers by them, and node_modules may be a link (a worktree's).
		const root = realpathSync(resolve('node_modules/ssh2/lib'));
		builder.onResolve({filter: /^ssh2$/}, () => ({path: 'ssh2', namespace: 'ssh2-server'}));
		builder.onLoad({filter: /.*/, namespace: 'ssh2-server'}, () => ({
			contents: [
				"import Server from './server.js';",
				"import {parseKey} from './protocol/keyParser.js';",
				"import {generateKeyPairSync} from './keygen.js';",
				'export {Server};',
				'export const utils = {parseKey, generateKeyPairSync};',
			].join('\n'),
			resolveDir: root,
			loader: 'js',
		}));
		// Modules of ssh2's that the server never runs, each replaced by what little is called of it.
		const unused = {
			// Started only for an accepted SFTP subsystem; every subsystem is refused.
			'./protocol/SFTP.js': {
				importers: [join(root, 'server.js'), join(root, 'utils.js')],
				contents: "export class SFTP { constructor() { throw new Error('SFTP is not served'); } }",
			},
			// chacha20-poly1305's MAC in WebAssembly: serve offers AES only (see source/serve/ssh/algorithms.ts).
			'./crypto/poly1305.js': {
				importers: [join(root, 'protocol', 'crypto.js')],
				contents:
					"module.exports = async () => ({_malloc: () => 0, cwrap: () => () => { throw new Error('chacha20-poly1305 is not offered'); }});",
			},
		};
		// ssh2 tells a session that never started by its class's name (lib/utils.js,
		// `channel.constructor.name === 'Session'`), which the minifier would change: without it,
		// a connection closing with such a session throws, and its other sessions stay counted.
		builder.onLoad({filter: /[\\/]ssh2[\\/]lib[\\/]server\.js$/}, ({path}) => {
			const code = readFileSync(path, 'utf8');
			if (!code.includes('\nclass Session extends EventEmitter {')) {
				throw new Error(`${path}: no class Session to keep the name of; has ssh2 changed?`);
			}

			return {contents: `${code}\nObject.defineProperty(Session, 'name', {value: 'Session'});\n`, loader: 'js'};
		});
		builder.onResolve({filter: /^\.\/(protocol\/SFTP|crypto\/poly1305)\.js$/}, ({path, importer}) =>
			unused[path]?.importers.includes(importer) ? {path, namespace: 'ssh2-unused'} : undefined,
		);
		builder.onLoad({filter: /.*/, namespace: 'ssh2-unused'}, ({path}) => ({
			contents: unused[path].contents,
			loader: 'js',
		}));
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
