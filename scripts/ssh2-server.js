// The ssh2 that `manjusaka serve` bundles: its server, without what the server never runs.
// Like the start-up plugins, each rewrite stops the build when what it rewrites is gone, and
// test/app/start-up-plugins.test.ts holds the rewritten server to the original.
import {readFileSync, realpathSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

// The server needs ssh2's server and its key utilities: not its client, agent, HTTP agents
// or SFTP (refused before it would be started), a third of its size.
export const ssh2Server = {
	name: 'ssh2-server',
	setup(builder) {
		// Real paths: esbuild names importers by them, and node_modules may be a link (a worktree's).
		const root = realpathSync(fileURLToPath(new URL('../node_modules/ssh2/lib', import.meta.url)));
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

// ssh2 and the CPU probe it asks about ciphers load compiled addons when they can, and
// fall back to JavaScript when the load throws: the bundle carries no compiled code, so
// each load throws, as it would where the addon was never built.
export const noAddons = {
	name: 'no-addons',
	setup(builder) {
		builder.onResolve({filter: /(\.node|^cpu-features)$/}, ({path}) => ({path, namespace: 'no-addons'}));
		builder.onLoad({filter: /.*/, namespace: 'no-addons'}, ({path}) => ({
			contents: `throw new Error(${JSON.stringify(`${path}: no compiled addons in this bundle`)});`,
			loader: 'js',
		}));
	},
};
