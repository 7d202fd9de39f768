import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {pathToFileURL} from 'node:url';
import {build, type Plugin} from 'esbuild';
import {type CipherAlgorithm, Client, type Server as ServerType, type utils as utilsType} from 'ssh2';
import {root} from '../support/cli-env.js';

// The build bundles ssh2's server minified, and rewrites it (scripts/ssh2-server.js). ssh2
// tells a session that never started by its class's name, which minifying changes: the
// rewritten server must keep the name the original has.
const {noAddons, ssh2Server} = (await import(join(root, 'scripts', 'ssh2-server.js') as string)) as Record<
	string,
	Plugin
>;
mkdirSync(join(root, 'node_modules', '.cache'), {recursive: true});
const folder = mkdtempSync(join(root, 'node_modules', '.cache', 'ssh2-server-plugin-'));
after(() => rmSync(folder, {recursive: true, force: true}));

type Ssh2 = {readonly Server: typeof ServerType; readonly utils: typeof utilsType};

async function bundled(name: string, plugins: Plugin[], minify: boolean): Promise<Ssh2> {
	const {outputFiles} = await build({
		stdin: {contents: "export {Server, utils} from 'ssh2';", resolveDir: root, loader: 'js'},
		bundle: true,
		write: false,
		format: 'esm',
		platform: 'node',
		minify,
		// ssh2 is CommonJS: require() and, in its WebAssembly loader, __dirname.
		banner: {
			js: `import {createRequire} from 'node:module'; const require = createRequire(import.meta.url); const __dirname = ${JSON.stringify(folder)};`,
		},
		plugins: [...plugins, noAddons!],
		logLevel: 'error',
	});
	const file = join(folder, `${name}.mjs`);
	writeFileSync(file, outputFiles[0]!.text);
	return import(pathToFileURL(file).href) as Promise<Ssh2>;
}

// The name of the class of a session channel a server accepts, as ssh2's own utils.js reads it.
async function sessionClassName({Server, utils}: Ssh2): Promise<string> {
	const hostKey = utils.generateKeyPairSync('ed25519').private;
	// AES: the rewritten server has no chacha20-poly1305 (its MAC is stubbed), as serve offers none.
	const cipher: CipherAlgorithm[] = ['aes128-gcm@openssh.com'];
	let name = '';
	const server = new Server({hostKeys: [hostKey], algorithms: {cipher}}, (connection) => {
		connection.on('authentication', (context) => context.accept());
		connection.on('ready', () =>
			connection.on('session', (accept) => {
				const session = accept();
				name = session.constructor.name;
				// Started and ended: a session left unstarted is what the name is asked for, and the
				// minified bundle without the rewrite would throw on it.
				session.on('exec', (start) => {
					const channel = start();
					channel.exit(0);
					channel.end();
				});
			}),
		);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const client = new Client();
	const closed = new Promise<void>((resolve, reject) => {
		client.on('error', reject);
		client.on('close', resolve);
	});
	client.on('ready', () =>
		client.exec('true', (error, channel) => (error ? client.end() : channel.on('close', () => client.end()).resume())),
	);
	client.connect({
		host: '127.0.0.1',
		port: (server.address() as AddressInfo).port,
		username: 'x',
		algorithms: {cipher},
	});
	try {
		await closed;
		return name;
	} finally {
		server.close();
	}
}

test("ssh2's server, bundled minified with the build's rewrite, keeps the name of its class Session", async () => {
	const original = await sessionClassName(await bundled('original', [], false));
	assert.equal(original, 'Session');
	assert.equal(await sessionClassName(await bundled('rewritten', [ssh2Server!], true)), original);
	// What the rewrite is for: minified without it, the name is another.
	assert.notEqual(await sessionClassName(await bundled('minified', [], true)), original);
});
