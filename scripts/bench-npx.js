// npm run bench:npx: the path a reader takes, `npx --yes manjusaka`, from a registry. A local
// registry (verdaccio, on 127.0.0.1 only, no uplink) serves the packed package and a one-line
// package that prints a word; npx runs each with an empty npm cache and with a warm one,
// piped and to the first frame in a pseudo-terminal, and each is given as a ratio to the
// one-line package. verdaccio is installed on demand in node_modules/.cache, not as a
// dependency; the registry is stopped at the end, on an error and on Ctrl+C.
import {execFileSync, spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import os, {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {firstFrame, median, readerEnv} from './bench-support.js';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const verdaccioVersion = '6.8.0';
const word = 'manjusaka-bench-word';

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

const work = mkdtempSync(join(tmpdir(), 'manjusaka-bench-npx-'));
// Where npx runs: a folder that is no project, as a reader's is. In this repository npx reads
// the whole development tree first (the package it is asked for is this one), half a second.
const reader = join(work, 'reader');
mkdirSync(reader);
let registry;
const stop = () => {
	registry?.kill();
	registry = undefined;
	rmSync(work, {recursive: true, force: true});
};

for (const [signal, code] of [
	['SIGINT', 130],
	['SIGTERM', 143],
]) {
	process.on(signal, () => {
		stop();
		process.exit(code);
	});
}

async function startRegistry(bin) {
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
	registry = spawn(process.execPath, ['--no-warnings', bin, '--config', config], {
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	registry.on('exit', (code) => {
		if (registry) {
			console.error(`verdaccio stopped early (${code})`);
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

function publish(url, authToken) {
	const npmrc = join(work, 'publish.npmrc');
	writeFileSync(npmrc, `registry=${url}\n//${new URL(url).host}/:_authToken=${authToken}\n`);
	const npm = (args, cwd) =>
		execFileSync('npm', [...args, '--userconfig', npmrc, '--no-audit', '--no-fund', '--loglevel=error'], {
			cwd,
			encoding: 'utf8',
			env: readerEnv(),
		});
	const [{filename}] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], process.cwd()));
	npm(['publish', join(work, filename)], work);
	const wordFolder = join(work, word);
	mkdirSync(wordFolder);
	writeFileSync(
		join(wordFolder, 'package.json'),
		JSON.stringify({name: word, version: '1.0.0', bin: {[word]: 'cli.js'}, license: 'MIT'}),
	);
	writeFileSync(join(wordFolder, 'cli.js'), '#!/usr/bin/env node\nconsole.log("Manjusaka");\n');
	npm(['publish'], wordFolder);
}

// npx as a reader runs it, from this registry, with the cache in `cache`.
const npxEnv = (url, cache) =>
	readerEnv({
		npm_config_registry: url,
		npm_config_cache: cache,
		npm_config_update_notifier: 'false',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
	});

const piped = (env, name) =>
	new Promise((resolveTime, reject) => {
		const started = performance.now();
		const child = spawn('npx', ['--yes', name], {cwd: reader, stdio: ['ignore', 'pipe', 'inherit'], env});
		child.stdout.resume();
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0 ? resolveTime(performance.now() - started) : reject(new Error(`npx ${name} exited with ${code}`)),
		);
	});

// The ways a package is run: a new empty cache for each cold run; one cache, filled by a
// first run, for the warm ones.
async function ways(url, name, pattern) {
	const cold = (measure) => () => {
		const cache = mkdtempSync(join(work, 'cache-'));
		return measure(npxEnv(url, cache)).finally(() => rmSync(cache, {recursive: true, force: true}));
	};
	const warmEnv = npxEnv(url, mkdtempSync(join(work, 'cache-')));
	await piped(warmEnv, name);
	const frame = (env) => firstFrame('npx', ['--yes', name], env, pattern, reader);
	return {
		coldPiped: cold((env) => piped(env, name)),
		warmPiped: () => piped(warmEnv, name),
		coldFrame: cold(frame),
		warmFrame: () => frame(warmEnv),
	};
}

// Each way for both packages, in turns (app, one-line, app…): a change in the machine's
// load falls on both alike. The medians, by way.
async function measures(url) {
	const app = await ways(url, 'manjusaka', /q quit/);
	const one = await ways(url, word, /Manjusaka/);
	const medians = {app: {}, one: {}};
	for (const way of Object.keys(app)) {
		const values = {app: [], one: []};
		for (let index = 0; index < runs; index++) {
			values.app.push(await app[way]());
			values.one.push(await one[way]());
		}

		medians.app[way] = median(values.app);
		medians.one[way] = median(values.one);
	}

	return medians;
}

try {
	const bin = installVerdaccio();
	const url = await startRegistry(bin);
	publish(url, await token(url));
	const {app, one} = await measures(url);
	const budgets = {coldFrame: '≤ 1.25×'};
	const names = {
		coldPiped: 'piped, empty cache',
		warmPiped: 'piped, warm cache',
		coldFrame: 'first frame in a pseudo-terminal, empty cache',
		warmFrame: 'first frame in a pseudo-terminal, warm cache',
	};
	const rows = Object.entries(names).map(([key, name]) => [
		`\`npx --yes manjusaka\`, ${name}`,
		`${app[key].toFixed(0)} ms`,
		`${one[key].toFixed(0)} ms`,
		`${(app[key] / one[key]).toFixed(2)}×`,
		budgets[key] ?? '',
	]);
	const cpu = os.cpus();
	const npmVersion = execFileSync('npm', ['--version'], {encoding: 'utf8'}).trim();
	console.log(
		`${new Date().toISOString().slice(0, 10)}, Node ${process.version}, npm ${npmVersion}, verdaccio ${verdaccioVersion} on 127.0.0.1, ` +
			`${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}; ${runs} runs each, medians; no NODE_* variable; load ${os
				.loadavg()
				.map((load) => load.toFixed(2))
				.join(' ')}\n`,
	);
	console.log(
		[['measure', 'manjusaka', 'one-line package', 'ratio', 'budget'], ['---', '---', '---', '---', '---'], ...rows]
			.map((row) => `| ${row.join(' | ')} |`)
			.join('\n'),
	);
} finally {
	stop();
}
