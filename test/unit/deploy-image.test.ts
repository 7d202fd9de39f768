import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {root} from '../support/cli-env.js';
import {deployment, dockerStages, flags} from '../support/deploy-files.js';
import {execForm, type Instruction, type Stage} from '../support/dockerfile.js';

// No Docker engine here: deploy/Dockerfile is read the way Docker reads it, and checked against
// the package it ships and the Deployment that runs it.
const stages = dockerStages();
const image = stages.at(-1)!;
const {pod, container} = deployment();
const args = flags(container.args);
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {engines: {node: string}};

const all = (stage: Stage, keyword: string): Instruction[] =>
	stage.instructions.filter((instruction) => instruction.keyword === keyword);

function one(stage: Stage, keyword: string): Instruction {
	const found = all(stage, keyword);
	assert.equal(found.length, 1, `one ${keyword} in the final stage`);
	return found[0]!;
}

test('the build stage installs from the lock file and packs the package as npm publishes it', () => {
	assert.ok(stages.length >= 2, 'a build stage and the image');
	const commands = all(stages[0]!, 'RUN')
		.map(({rest}) => rest)
		.join(' && ');
	assert.match(commands, /\bnpm ci\b/);
	assert.match(commands, /\bnpm pack\b/);
});

test('the image is a slim or distroless Node the package supports, and holds only the packed package', () => {
	const [, major] = /(?:distroless\/nodejs|^node:)(\d+)-(?:debian\d+|\w+-slim)\b/.exec(image.image) ?? [];
	assert.ok(major, `${image.image} is Node slim or distroless`);
	assert.ok(Number(major) >= Number(/\d+/.exec(packageJson.engines.node)?.[0]), `Node ${major} meets engines`);
	assert.deepEqual(all(image, 'RUN'), [], 'nothing runs while the image is built: there is no shell');
	assert.deepEqual(all(image, 'ADD'), []);
	const copy = one(image, 'COPY');
	assert.equal(copy.flags.get('from'), stages[0]!.name);
	const [source, target] = copy.rest.split(/\s+/);
	// `npm pack` makes a tarball whose one folder is `package`.
	assert.match(source ?? '', /\/package$/);
	assert.equal(target, '/app');
});

test('it runs as a non-root user, the Deployment’s, and exposes the SSH and metrics ports', () => {
	const [user, group] = one(image, 'USER').rest.split(':').map(Number);
	assert.ok(Number.isInteger(user) && user! > 0, 'a numeric user other than root, which runAsNonRoot can check');
	assert.deepEqual([user, group], [pod.securityContext?.runAsUser, pod.securityContext?.runAsGroup]);
	const exposed = all(image, 'EXPOSE').flatMap(({rest}) => rest.split(/\s+/).map(Number));
	assert.deepEqual(exposed.sort(), [Number(args.get('--port')), Number(args.get('--metrics-port'))].sort());
});

test('its HEALTHCHECK asks /healthz on the metrics port with Node itself (no shell, no curl)', () => {
	const check = execForm(one(image, 'HEALTHCHECK'));
	// It asks the loopback: the metrics host must include it.
	assert.ok(['127.0.0.1', '0.0.0.0', undefined].includes(args.get('--metrics-host')));
	assert.match(check[0] ?? '', /\/node$/);
	assert.ok(
		check.join(' ').includes(`fetch('http://127.0.0.1:${args.get('--metrics-port')}/healthz')`),
		check.join(' '),
	);
});

test('ENTRYPOINT runs the packed cli.js serve; CMD’s flags are the Deployment’s args', () => {
	const entrypoint = execForm(one(image, 'ENTRYPOINT'));
	assert.match(entrypoint[0] ?? '', /\/node$/);
	assert.deepEqual(entrypoint.slice(1), ['/app/dist/cli.js', 'serve']);
	// A container `command` would replace the ENTRYPOINT; `args` replace CMD, with the same flags.
	assert.equal(container.command, undefined);
	assert.deepEqual(execForm(one(image, 'CMD')), container.args);
});

test('the build context is an allow-list of the sources the package is built from', () => {
	const rules = readFileSync(join(root, '.dockerignore'), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '' && !line.startsWith('#'));
	assert.equal(rules[0], '*', 'everything is left out first');
	const allowed = rules.slice(1).map((rule) => rule.replace(/^!/, '').replace(/\/$/, ''));
	assert.deepEqual(
		rules.slice(1).filter((rule) => !rule.startsWith('!')),
		[],
	);
	assert.deepEqual(
		allowed.filter((path) => !existsSync(join(root, path)) || /^(node_modules|dist|deploy|test|\.git)$|\*/.test(path)),
		[],
	);
	for (const needed of [
		'package.json',
		'package-lock.json',
		'cli.tsx',
		'launcher.ts',
		'source',
		'content',
		'scripts',
	]) {
		assert.ok(allowed.includes(needed), `${needed} is in the context`);
	}
});
