import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {root} from '../support/cli-env.js';

// Packages whose code the build rewrites (scripts/start-up/, scripts/ssh2-server.js) or whose
// calls its stubs answer (build.js), each with the package it comes through, if not directly.
// An install must never bring another version: the rewrites match exact text.
const pinned: ReadonlyArray<readonly [string, string?]> = [
	['ink'],
	['yoga-layout'],
	['slice-ansi'],
	['string-width'],
	['linebreak'],
	['ssh2'],
	['marked-terminal'],
	['prom-client'],
	['@alcalzone/ansi-tokenize', 'ink'],
	['signal-exit', 'ink'],
	['terminal-size', 'ink'],
	['stack-utils', 'ink'],
	['unicode-trie', 'linebreak'],
];

type Manifest = {
	readonly devDependencies: Readonly<Record<string, string>>;
	readonly overrides: Readonly<Record<string, Readonly<Record<string, string>>>>;
};
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const installed = (name: string) =>
	(JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {version: string}).version;

for (const [name, parent] of pinned) {
	test(`${name} is held to the exact version installed${parent ? `, under ${parent}` : ''}`, () => {
		const spec = parent ? manifest.overrides[parent]?.[name] : manifest.devDependencies[name];
		assert.match(spec ?? '(none)', /^\d+\.\d+\.\d+$/, `${name}: ${spec}`);
		assert.equal(spec, installed(name));
	});
}
