import assert from 'node:assert/strict';
import {join} from 'node:path';
import {test} from 'node:test';
import {type EnvChanges, root} from './support/cli-env.js';
import {runCli, runCliClosingStdout} from './support/run-cli.js';

// dist/cli.cjs is the command npm links: it prints the prepared résumé itself for a pipe with
// no arguments, and hands every other run to dist/cli.js. Either way a run must be what
// dist/cli.js alone makes of it.
const launcher = join(root, 'dist', 'cli.cjs');
const app = join(root, 'dist', 'cli.js');

const cases: ReadonlyArray<readonly [string, readonly string[], EnvChanges]> = [
	['a pipe, Chinese', [], {}],
	['a pipe, English', [], {LANG: 'en_US.UTF-8'}],
	['LC_ALL over LANG', [], {LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8'}],
	['FORCE_COLOR in a pipe', [], {FORCE_COLOR: '1'}],
	['FORCE_COLOR=0', [], {FORCE_COLOR: '0'}],
	['NO_COLOR', [], {NO_COLOR: '1'}],
	['Azure Pipelines, which supports-color colours', [], {TF_BUILD: 'True', AGENT_NAME: 'agent'}],
	['a width', ['--width', '40'], {}],
	['colour asked for', ['--color'], {}],
	['a format', ['--format', 'json'], {}],
	['the version', ['--version'], {}],
	['a usage error', ['--width', 'wide'], {}],
];

for (const [name, args, env] of cases) {
	test(`the launcher prints what cli.js prints: ${name}`, () => {
		assert.deepEqual(runCli(args, {env, script: launcher}), runCli(args, {env, script: app}));
	});
}

test('the launcher exits 0, silent, when the reader closes the pipe at once', async () => {
	const {status, stderr} = await runCliClosingStdout([], {script: launcher});
	assert.equal(stderr, '');
	assert.equal(status, 0);
});
