// A local npm registry for the benches: verdaccio, installed on demand in its own folder
// (node_modules/.cache/bench-npx, not a dependency of the project), listening on 127.0.0.1
// only, with no uplink: it serves what is published to it and nothing else.
import {execFileSync, spawn} from 'node:child_process';
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {join, resolve} from 'node:path';
import process from 'node:process';
import {readerEnv} from './bench-support.js';

/** The verdaccio that installs and runs on Node 20. */
export const verdaccioVersion = '6.8.0';

// verdaccio 6.8.0 installs on Node 20 once node-fetch is held at 2.7.0 (its 3.x wants
// more than Node 20 gives); later versions want Node 22.
function installVerdaccio() {
	const folder = resolve('node_modules/.cache/bench-npx');
	const bin = join(folder, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
	if (!existsSync(bin)) {
		mkdirSync(folder, {recursive: true});
		writeFileSync(
			join(folder, 'package.json'),
			JSON.stringify({
				private: true,
				dependencies: {verdaccio: verdaccioVersion},
				overrides: {'node-fetch': '2.7.0'},
			}),
		);
		console.error(`installing verdaccio ${verdaccioVersion} in ${folder}`);
		execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {cwd: folder, stdio: 'inherit'});
	}

	return bin;
}

const freePort = () =>
	new Promise((resolvePort, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const {port} = server.address();
			server.close(() => resolvePort(port));
		});
	});

// verdaccio on a free port of 127.0.0.1, storing in `work`; its URL once it answers.
async function listen(bin, work, started) {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}/`;
	const config = join(work, 'verdaccio.yaml');
	writeFileSync(
		config,
		[
			`storage: ${join(work, 'storage')}`,
			'auth:',
			`  htpasswd: {file: ${join(work, 'htpasswd')}}`,
			'uplinks: {}',
			"packages: {'**': {access: $all, publish: $authenticated}}",
			'web: {enable: false}',
			'log: {type: stdout, format: pretty, level: error}',
			`listen: 127.0.0.1:${port}`,
		].join('\n'),
	);
	// It warns when run as root, as it is in CI.
	const registry = spawn(process.execPath, ['--no-warnings', bin, '--config', config], {
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	started(registry);
	registry.on('exit', (code, signal) => {
		if (signal !== 'SIGTERM') {
			console.error(`verdaccio stopped early (${code ?? signal})`);
		}
	});
	for (let tries = 0; ; tries++) {
		try {
			if ((await fetch(`${url}-/ping`)).ok) {
				return url;
			}
		} catch (error) {
			if (tries > 300) {
				throw new Error(`verdaccio did not answer on ${url}: ${error.message}`);
			}
		}

		await new Promise((resolveWait) => setTimeout(resolveWait, 100));
	}
}

// A user for publishing, made through the registry's own API (what `npm adduser` does).
async function token(url) {
	const name = 'bench';
	const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
		method: 'PUT',
		headers: {'content-type': 'application/json'},
		body: JSON.stringify({name, password: 'bench-password', type: 'user', roles: []}),
	});
	const body = await response.json();
	if (!body.token) {
		throw new Error(`no token from the registry: ${JSON.stringify(body)}`);
	}

	return body.token;
}

/**
A registry started in `work` (its storage, its users): `url`, `publish(args, cwd)` runs
`npm publish` there as a user of it, and `stop()` ends it. `started` is handed the process
as soon as it exists, so that an interrupted start can still stop it.
*/
export async function startRegistry(work, started = () => {}) {
	let registry;
	const url = await listen(installVerdaccio(), work, (child) => {
		registry = child;
		started(child);
	});
	const npmrc = join(work, 'publish.npmrc');
	writeFileSync(npmrc, `registry=${url}\n//${new URL(url).host}/:_authToken=${await token(url)}\n`);
	return {
		url,
		publish: (args, cwd) =>
			execFileSync('npm', ['publish', ...args, '--userconfig', npmrc, '--loglevel=error'], {
				cwd,
				encoding: 'utf8',
				env: readerEnv(),
			}),
		stop: () => registry.kill(),
	};
}
