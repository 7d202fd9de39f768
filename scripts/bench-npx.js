// npm run bench:npx: the path a reader takes, `npx --yes manjusaka`, from a registry. A local
// registry (verdaccio, on 127.0.0.1 only, no uplink) serves the packed package and a one-line
// package that prints a word; npx runs each with an empty npm cache and with a warm one,
// piped and to the first frame in a pseudo-terminal, and each is given as a ratio to the
// one-line package. verdaccio is installed on demand in node_modules/.cache, not as a
// dependency; the registry is stopped at the end, on an error and on Ctrl+C.
import {execFileSync, spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os, {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {firstFrame, median, readerEnv} from './bench-support.js';
import {startRegistry, verdaccioVersion} from './local-registry.js';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const word = 'manjusaka-bench-word';

const work = mkdtempSync(join(tmpdir(), 'manjusaka-bench-npx-'));
// Where npx runs: a folder that is no project, as a reader's is. In this repository npx reads
// the whole development tree first (the package it is asked for is this one), half a second.
const reader = join(work, 'reader');
mkdirSync(reader);
// The registry's process, from the moment it exists: whatever ends the bench stops it.
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

// The packed package, and a package whose command prints a word, published to `local`.
function publishBoth(local) {
	const [{filename}] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--pack-destination', work, '--loglevel=error'], {encoding: 'utf8'}),
	);
	local.publish([join(work, filename)], work);
	const wordFolder = join(work, word);
	mkdirSync(wordFolder);
	writeFileSync(
		join(wordFolder, 'package.json'),
		JSON.stringify({name: word, version: '1.0.0', bin: {[word]: 'cli.js'}, license: 'MIT'}),
	);
	writeFileSync(join(wordFolder, 'cli.js'), '#!/usr/bin/env node\nconsole.log("Manjusaka");\n');
	local.publish([], wordFolder);
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
	const local = await startRegistry(work, (child) => {
		registry = child;
	});
	const {url} = local;
	publishBoth(local);
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
