import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import toJsonResume from '../../source/document/json-resume.js';
import toMarkdown from '../../source/document/markdown.js';
import toPlainText from '../../source/document/plain-text.js';
import {sectionNames} from '../../source/model/section.js';
import {fixtureCli, fixtureContent, root} from '../support/cli-env.js';
import resumes from '../support/fixture-resumes.js';
import {runCli, runCliClosingStdout} from '../support/run-cli.js';

// These run the command built from the tests' own résumé (npm test builds it first), as a
// user's shell would, in a Chinese locale unless a test says otherwise: the locale picks the language.
const run = (args: string[], env: Readonly<Record<string, string>> = {}) => runCli(args, {env, script: fixtureCli});
const build = (folder: string) =>
	runCli(['--content', folder, '--outdir', join(folder, 'dist')], {script: join(root, 'scripts', 'build.js')});
const resume = resumes.zh;
const sections = sectionNames(resume).join(', ');
const fixtureFile = (name: string) => readFileSync(join(fixtureContent, name), 'utf8');

test('piped, it prints the whole résumé as plain text at 80 columns and exits 0', () => {
	const {status, stdout, stderr} = run([]);
	assert.equal(status, 0);
	assert.equal(stderr, '');
	assert.equal(stdout, toPlainText(resume, {width: 80}));
	assert.ok(!stdout.includes('\u001B'), 'no escape codes');
});

test('--width sets the columns; --plain and --no-color change nothing in a pipe', () => {
	assert.equal(run(['--width', '40']).stdout, toPlainText(resume, {width: 40}));
	assert.equal(run(['-w', '40']).stdout, toPlainText(resume, {width: 40}));
	assert.equal(run(['--plain', '--no-color']).stdout, toPlainText(resume, {width: 80}));
});

test("--ascii draws the text's timeline in ASCII, and nothing else changes", () => {
	const ascii = run(['--ascii', '-w', '40']).stdout;
	assert.match(ascii, /^\+---\+--\+---\+/m);
	assert.match(ascii, /^ {2}#{10} 青松数据有限公司$/m);
	const spelt = toPlainText(resume, {width: 40}).replaceAll('█', '#').replaceAll(/[├┬┤]/g, '+').replaceAll('─', '-');
	assert.equal(ascii, spelt);
});

test('NO_COLOR keeps a pipe plain; FORCE_COLOR asks for colour even there', () => {
	assert.ok(!run([], {NO_COLOR: '1'}).stdout.includes('\u001B'));
	const forced = run([], {FORCE_COLOR: '1'}).stdout;
	assert.ok(forced.includes('\u001B['));
	assert.equal(stripVTControlCharacters(forced), toPlainText(resume, {width: 80}));
	assert.ok(!run(['--no-color'], {FORCE_COLOR: '1'}).stdout.includes('\u001B'));
});

test('--theme and COLORFGBG choose the colours of printed text: no yellow for a light background', () => {
	// 16 colours: TERM=xterm.
	const sixteen = {FORCE_COLOR: '1', TERM: 'xterm'};
	const yellow = '\u001B[33m';
	const dark = run([], sixteen).stdout;
	const light = run(['--theme', 'light'], sixteen).stdout;
	assert.ok(dark.includes(yellow), 'dark: yellow labels');
	assert.ok(!light.includes(yellow), 'light: no yellow');
	assert.ok(light.includes('\u001B[34m'), 'light: blue');
	assert.equal(stripVTControlCharacters(light), toPlainText(resume, {width: 80}));
	assert.equal(run([], {...sixteen, COLORFGBG: '0;15'}).stdout, light, 'COLORFGBG: white background');
	assert.equal(run([], {...sixteen, COLORFGBG: '15;0'}).stdout, dark, 'COLORFGBG: black background');
	assert.equal(run(['--theme', 'dark'], {...sixteen, COLORFGBG: '0;15'}).stdout, dark, '--theme wins');
});

test('a flag leaves the colour alone: --lang or --section with FORCE_COLOR is in colour', () => {
	for (const args of [['--lang', 'en'], ['--section', 'profile'], ['--plain']]) {
		assert.ok(run(args, {FORCE_COLOR: '1'}).stdout.includes('\u001B['), args.join(' '));
	}
});

test('--help shows usage, options, the keys from the key table, and examples, in the language asked for', () => {
	const {status, stdout} = run(['--help', '--lang', 'en']);
	assert.equal(status, 0);
	for (const part of ['Usage', '$ npx manjusaka [options]', 'Options', '--width, -w N', 'Keys', 'Examples']) {
		assert.ok(stdout.includes(part), part);
	}

	assert.match(stdout, /--format, -f FORMAT +Print the résumé as text \(the default\), markdown, or json/);
	assert.ok(stdout.includes(`Only one section: ${sections};`), 'the --section line names every section');
	assert.match(stdout, /--theme THEME +auto \(the default: COLORFGBG, or the terminal is asked\), dark or light/);
	assert.match(stdout, /Esc ← h Shift\+Tab +back to the menu/);
	assert.match(stdout, /\n {4}q {21}quit\n/);
	assert.match(stdout, /\n {4}\? {21}show these keys\n/);
	assert.match(stdout, /Ctrl\+C +quit with exit status 130/);
	assert.equal(run(['-h'], {LANG: 'en_US.UTF-8'}).stdout, stdout);

	const chinese = run(['--help']).stdout;
	for (const part of ['用法', '$ npx manjusaka [选项]', '选项', '按键', '示例', '在菜单中', '切换语言']) {
		assert.ok(chinese.includes(part), part);
	}

	// Columns line up though Chinese characters take two.
	assert.match(chinese, /\n {4}q {21}退出\n/);
	assert.match(chinese, /\n {2}--lang, -l zh\|en {6}zh（原文）或 en/);
});

test('--version prints the version from package.json', () => {
	const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string};
	const {status, stdout} = run(['--version']);
	assert.equal(status, 0);
	assert.equal(stdout.trim(), version);
});

// Each wrong command line, and what its one line must name.
for (const [args, names] of [
	[['--nope'], '--nope'],
	[['-x'], '-x'],
	[['--width', '0'], '"0"'],
	[['--width', '-5'], '"-5"'],
	[['--width', 'abc'], '"abc"'],
	[['--width', '100000'], '"100000"'],
	[['extra'], '"extra"'],
	[['--format', 'pdf'], '"pdf"'],
	[['--format', 'json', '--width', '60'], '--width'],
	[['--lang', 'fr'], '"fr"'],
	[['--section'], '--section'],
	[['--section', 'google'], '"google"'],
	[['--format', 'json', '--format', 'text'], '--format'],
	[['-w', '30', '-w', '40'], '--width'],
] as const) {
	test(`${args.join(' ')}: one line on stderr that names ${names}, exit 2, in either language`, () => {
		const english = run([...args], {LANG: 'en_US.UTF-8'});
		assert.equal(english.status, 2);
		assert.equal(english.stdout, '');
		assert.match(english.stderr, /^manjusaka: .+ \(see manjusaka --help\)\n$/);
		assert.ok(english.stderr.includes(names), english.stderr);
		const chinese = run([...args]);
		assert.equal(chinese.status, 2);
		assert.equal(chinese.stdout, '');
		assert.match(chinese.stderr, /^manjusaka: .+（见 manjusaka --help）\n$/);
		assert.ok(chinese.stderr.includes(names), chinese.stderr);
	});
}

test('an unknown section lists the valid ones', () => {
	const {stderr} = run(['--section', 'google', '--lang', 'en']);
	assert.equal(stderr, `manjusaka: unknown section "google": choose one of ${sections} (see manjusaka --help)\n`);
});

test('a flag without its value, or given twice, says so', () => {
	assert.equal(
		run(['--section'], {LANG: 'en_US.UTF-8'}).stderr,
		`manjusaka: --section needs a value: ${sections} (see manjusaka --help)\n`,
	);
	assert.equal(
		run(['--format', '--lang', 'en']).stderr,
		'manjusaka: --format needs a value: text, markdown, json (see manjusaka --help)\n',
	);
	assert.equal(run(['-l', 'en', '--lang', 'zh']).stderr, 'manjusaka: --lang 只能给一次（见 manjusaka --help）\n');
	assert.equal(
		run(['-w', '30', '-w', '40', '-l', 'en']).stderr,
		'manjusaka: --width is given more than once (see manjusaka --help)\n',
	);
});

test('a short flag takes its value attached too: -syunshan, -fjson, -len, -w40', () => {
	assert.equal(run(['-syunshan', '-fjson', '-len']).stdout, run(['-s', 'yunshan', '-f', 'json', '-l', 'en']).stdout);
	assert.deepEqual(JSON.parse(run(['-syunshan', '-fjson']).stdout), toJsonResume(resume, 'zh', 'yunshan'));
	assert.equal(run(['-w40']).stdout, toPlainText(resume, {width: 40}));
});

test('the locale picks the language of a pipe, --lang overrides it', () => {
	assert.equal(run([], {LANG: 'en_US.UTF-8'}).stdout, toPlainText(resumes.en, {width: 80}));
	assert.equal(run([], {LANG: 'C', LC_ALL: 'en_GB.UTF-8'}).stdout, toPlainText(resumes.en, {width: 80}));
	assert.equal(run([], {LANG: 'C.UTF-8'}).stdout, toPlainText(resumes.zh, {width: 80}));
	assert.equal(run(['--lang', 'zh'], {LANG: 'en_US.UTF-8'}).stdout, toPlainText(resumes.zh, {width: 80}));
	assert.equal(run(['-l', 'en']).stdout, toPlainText(resumes.en, {width: 80}));
});

test('--format markdown and json print what the renderers make, in the language asked for, never in colour', () => {
	for (const language of ['zh', 'en'] as const) {
		const markdown = run(['--format', 'markdown', '--lang', language], {FORCE_COLOR: '3'});
		assert.equal(markdown.status, 0);
		assert.equal(markdown.stdout, toMarkdown(resumes[language]));
		const json = run(['-f', 'json', '-l', language], {FORCE_COLOR: '3'});
		assert.equal(json.status, 0);
		assert.deepEqual(JSON.parse(json.stdout), toJsonResume(resumes[language], language));
	}

	assert.equal(run(['--format', 'text']).stdout, toPlainText(resume, {width: 80}));
});

test('--section prints one section in every format', () => {
	assert.equal(run(['--section', 'yunshan']).stdout, toPlainText(resume, {width: 80, section: 'yunshan'}));
	assert.equal(run(['-s', 'skills', '-w', '50']).stdout, toPlainText(resume, {width: 50, section: 'skills'}));
	assert.equal(run(['-s', 'bailu', '-f', 'markdown']).stdout, toMarkdown(resume, 'bailu'));
	assert.deepEqual(JSON.parse(run(['-s', 'profile', '-f', 'json']).stdout), toJsonResume(resume, 'zh', 'profile'));
});

test('a reader that closes the pipe at once ends it quietly with exit 0', async () => {
	assert.deepEqual(await runCliClosingStdout([], {script: fixtureCli}), {status: 0, stdout: '', stderr: ''});
});

test('a broken content file stops the build: the file, the line and what was expected, exit 1, no stack trace', () => {
	const folder = mkdtempSync(join(tmpdir(), 'manjusaka-'));
	try {
		const file = join(folder, 'resume.zh.md');
		writeFileSync(file, fixtureFile('resume.zh.md').replace('### 2017.09-2018.05 白鹭网络', '### 白鹭网络'));
		writeFileSync(join(folder, 'resume.en.md'), fixtureFile('resume.en.md'));
		const {status, stderr} = build(folder);
		assert.equal(status, 1);
		assert.equal(
			stderr,
			`manjusaka: invalid content: ${file}:69: expected the job heading to start with its period, like "### 2019.02-2021.08 Company", found "白鹭网络"\n`,
		);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});

test('the plain text prepared by the build is what the renderer prints, and other widths are printed on demand', () => {
	assert.equal(run(['--width', '80']).stdout, toPlainText(resume, {width: 80}));
	assert.equal(run(['--width', '81']).stdout, toPlainText(resume, {width: 81}));
	assert.equal(run(['--width', '20']).stdout, toPlainText(resume, {width: 20}));
});

test('a translation that lost an item stops the build at its job, exit 1', () => {
	const folder = mkdtempSync(join(tmpdir(), 'manjusaka-'));
	try {
		writeFileSync(join(folder, 'resume.zh.md'), fixtureFile('resume.zh.md'));
		const english = fixtureFile('resume.en.md');
		const file = join(folder, 'resume.en.md');
		writeFileSync(file, english.replace(/\n4\. Completed the data center migration\n/, '\n'));
		const {status, stderr} = build(folder);
		const line = english.split('\n').findIndex((text) => text.includes('{#bailu}')) + 1;
		assert.equal(status, 1);
		assert.equal(
			stderr,
			`manjusaka: invalid content: ${file}:${line}: expected 4 tasks in "bailu", as the original has\n`,
		);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});
