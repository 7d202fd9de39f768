import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {join} from 'node:path';
import process from 'node:process';
import {test} from 'node:test';
import {cleanEnv, type EnvChanges, fixtureCli, root} from '../support/cli-env.js';
import {type Ran, runCliClosingStdout} from '../support/run-cli.js';

// cli.cjs is the command npm links: it prints the prepared résumé itself for a pipe with no
// arguments when the plan says that is what cli.js would print, and hands every other run to
// cli.js. Piped, the two must print the same bytes in every environment. The fixture's build.
const launcher = fixtureCli;
const app = join(fixtureCli, '..', 'cli.js');

const terms = [undefined, 'dumb', 'linux', 'xterm', 'xterm-256color', 'xterm-mono', 'vt100'];
const locales: readonly EnvChanges[] = [
	{LANG: 'en_US.UTF-8'},
	{LANG: 'C', LC_ALL: 'C'},
	{LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8'},
];
// What else a user's environment may say of colour, CI, size and the terminal.
const variables: readonly EnvChanges[] = [
	{NO_COLOR: '1'},
	{NO_COLOR: ''},
	...['0', '1', '2', '3'].map((level) => ({FORCE_COLOR: level})),
	{FORCE_COLOR: '1', NO_COLOR: '1'},
	{CI: 'true'},
	{CI: '0'},
	{GITHUB_ACTIONS: 'true', CI: 'true'},
	// Azure Pipelines, which supports-color colours even in a pipe.
	{TF_BUILD: 'True', AGENT_NAME: 'agent'},
	{COLUMNS: '40', LINES: '10'},
	{COLORTERM: 'truecolor'},
	{COLORFGBG: '0;15'},
	{TERM_PROGRAM: 'vscode'},
	{WT_SESSION: '1'},
	{TMUX: '/tmp/tmux-0/default,1,0'},
];
const argumentLists = [
	['--ascii'],
	['--width', '80'],
	['--lang', 'en', '--section', 'work'],
	['--color'],
	['--plain', '--no-color'],
	['--version'],
	['--help'],
	['--width', 'wide'],
];

type Case = {readonly args: readonly string[]; readonly env: EnvChanges};
// Each value of each variable once, beside a TERM with colours or the Linux console's, which
// differ in what the launcher may serve; no product of them all: each case is two processes.
const under = (index: number) => (index % 2 ? 'linux' : 'xterm-256color');
const cases: Case[] = [
	// Every TERM, in Chinese, with no arguments: the runs the launcher may serve itself.
	...terms.map((TERM) => ({args: [], env: {TERM}})),
	...[...locales, ...variables].map((changes, index) => ({args: [], env: {TERM: under(index), ...changes}})),
	// Arguments, which the launcher hands on.
	...argumentLists.map((args, index) => ({args, env: {TERM: under(index)}})),
];

// As runCli, without waiting: no terminal, stdin closed, the user's environment.
const run = (script: string, {args, env}: Case) =>
	new Promise<Ran>((resolve, reject) => {
		const child = spawn(process.execPath, [script, ...args], {cwd: root, env: cleanEnv(env)});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			stdout += chunk;
		});
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
			stderr += chunk;
		});
		child.stdin.end();
		child.on('error', reject);
		child.on('close', (status) => resolve({status, stdout, stderr}));
	});

// Two runs at a time: each is a Node process, and the machine has other tests to run.
async function inPool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = [];
	let next = 0;
	const worker = async () => {
		for (let index = next++; index < items.length; index = next++) {
			results[index] = await work(items[index]!);
		}
	};
	await Promise.all(Array.from({length: size}, worker));
	return results;
}

const name = ({args, env}: Case) =>
	`${Object.entries(env)
		.map(([key, value]) => `${key}=${value ?? '(unset)'}`)
		.join(' ')} manjusaka ${args.join(' ')}`.trim();

test(`piped, cli.cjs and cli.js print the same in ${cases.length} environments and command lines`, async () => {
	const ran = await inPool(cases, 2, async (item) => [await run(launcher, item), await run(app, item)] as const);
	for (const [index, [ours, theirs]] of ran.entries()) {
		assert.deepEqual(ours, theirs, name(cases[index]!));
	}

	// The runs compared are the ones that matter: the Linux console's timeline in ASCII, a
	// colour terminal's in Unicode, and each printed without colour.
	const printed = (env: EnvChanges) => ran[cases.findIndex((item) => item.args.length === 0 && item.env === env)];
	const linux = cases.find(({env}) => env.TERM === 'linux')!.env;
	const xterm = cases.find(({env}) => env.TERM === 'xterm-256color')!.env;
	assert.match(printed(linux)![0].stdout, /^\+-+\+/m);
	assert.match(printed(xterm)![0].stdout, /^├─+┬/m);
	assert.ok(!printed(xterm)![0].stdout.includes('\u001B'));
});

test('the launcher exits 0, silent, when the reader closes the pipe at once', async () => {
	const {status, stderr} = await runCliClosingStdout([], {script: launcher});
	assert.equal(stderr, '');
	assert.equal(status, 0);
});
