import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import loadResume from '../source/load-resume.js';
import renderPlain from '../source/render-plain.js';

// These run the built command (npm test builds it first), as a user's shell would.
const cli = 'dist/cli.js';
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
	spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', env: {...process.env, ...env}, input: ''});
const resume = loadResume('content/resume.zh.md');

test('piped, it prints the whole résumé as plain text at 80 columns and exits 0', () => {
	const {status, stdout, stderr} = run([]);
	assert.equal(status, 0);
	assert.equal(stderr, '');
	assert.equal(stdout, renderPlain(resume, 80));
	assert.ok(!stdout.includes('\u001B'), 'no escape codes');
});

test('--width sets the columns; --plain and --no-color change nothing in a pipe', () => {
	assert.equal(run(['--width', '40']).stdout, renderPlain(resume, 40));
	assert.equal(run(['-w', '40']).stdout, renderPlain(resume, 40));
	assert.equal(run(['--plain', '--no-color']).stdout, renderPlain(resume, 80));
});

test('NO_COLOR keeps a pipe plain; FORCE_COLOR asks for colour even there', () => {
	assert.ok(!run([], {NO_COLOR: '1'}).stdout.includes('\u001B'));
	const forced = run([], {FORCE_COLOR: '1'}).stdout;
	assert.ok(forced.includes('\u001B['));
	assert.equal(stripVTControlCharacters(forced), renderPlain(resume, 80));
	assert.ok(!run(['--no-color'], {FORCE_COLOR: '1'}).stdout.includes('\u001B'));
});

test('--help shows usage, options, the keys from the key table, and examples', () => {
	const {status, stdout} = run(['--help']);
	assert.equal(status, 0);
	for (const part of ['Usage', '$ npx manjusaka [options]', 'Options', '--width, -w N', 'Keys', 'Examples']) {
		assert.ok(stdout.includes(part), part);
	}

	assert.match(stdout, /Esc ← h Shift\+Tab +back to the menu/);
	assert.match(stdout, /\n {6}q {21}quit\n/);
	assert.match(stdout, /Ctrl\+C +quit with exit status 130/);
	assert.equal(run(['-h']).stdout, stdout);
});

test('--version prints the version from package.json', () => {
	const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string};
	const {status, stdout} = run(['--version']);
	assert.equal(status, 0);
	assert.equal(stdout.trim(), version);
});

for (const args of [
	['--nope'],
	['-x'],
	['--width', '0'],
	['--width', '-5'],
	['--width', 'abc'],
	['--width', '100000'],
	['extra'],
]) {
	test(`${args.join(' ')}: one line on stderr, exit 2`, () => {
		const {status, stdout, stderr} = run(args);
		assert.equal(status, 2);
		assert.equal(stdout, '');
		assert.match(stderr, /^manjusaka: .+ \(see manjusaka --help\)\n$/);
	});
}

test('a reader that closes the pipe at once ends it quietly with exit 0', async () => {
	const child = spawn(process.execPath, [cli], {stdio: ['ignore', 'pipe', 'pipe']});
	child.stdout.destroy();
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	const code = await new Promise((resolve) => {
		child.on('close', resolve);
	});
	assert.equal(code, 0);
	assert.equal(stderr, '');
});

test('a broken content file stops the build: the file, the line and what was expected, exit 1, no stack trace', () => {
	const folder = mkdtempSync(join(tmpdir(), 'manjusaka-'));
	try {
		const file = join(folder, 'resume.zh.md');
		writeFileSync(
			file,
			readFileSync('content/resume.zh.md', 'utf8').replace('### 2019.02-2019.11 饿了么', '### 饿了么'),
		);
		const {status, stderr} = spawnSync(
			process.execPath,
			['scripts/build.js', '--content', file, '--outdir', join(folder, 'dist')],
			{encoding: 'utf8'},
		);
		assert.equal(status, 1);
		assert.equal(
			stderr,
			`manjusaka: invalid content: ${file}:69: expected the job heading to start with its period, like "### 2019.02-2021.08 Company", found "饿了么"\n`,
		);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});

test('the plain text prepared by the build is what the renderer prints, and other widths are printed on demand', () => {
	assert.equal(run(['--width', '80']).stdout, renderPlain(resume, 80));
	assert.equal(run(['--width', '81']).stdout, renderPlain(resume, 81));
	assert.equal(run(['--width', '20']).stdout, renderPlain(resume, 20));
});
