import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {excerpts, marks, withExcerpts} from '../../scripts/readme-excerpts.js';
import {keysTable, markers, withKeysTable} from '../../scripts/readme-keys.js';
import {bindings} from '../../source/keys/key-table.js';
import stringsFor from '../../source/strings/index.js';
import {root} from '../support/cli-env.js';
import content from '../support/content-resumes.js';
import fixtureResumes from '../support/fixture-resumes.js';
import {runCli} from '../support/run-cli.js';

const readmeFile = join(root, 'README.md');
const readme = readFileSync(readmeFile, 'utf8');
const script = join(root, 'scripts', 'readme-keys.ts');
const runScript = (...args: string[]) => runCli(args, {script, env: {NODE_OPTIONS: '--import tsx'}});
const runExcerpts = (...args: string[]) =>
	runCli(args, {script: join(root, 'scripts', 'readme-excerpts.ts'), env: {NODE_OPTIONS: '--import tsx'}});

test("the README's Keys table is the key table: run npm run refresh after changing keys or entries", () => {
	assert.equal(readme, withKeysTable(readme, keysTable()), 'the Keys table is stale: run npm run refresh');
});

// The README quotes the résumé (its chart, a screen, a job as Markdown and JSON, the section
// names, the pictures' titles) only between marks that scripts/readme-excerpts.ts fills from
// the model of content/.

test("the README's excerpts of the résumé are what the model of content/ makes: run npm run refresh after an edit", () => {
	assert.equal(readme, withExcerpts(readme, excerpts(content)), 'an excerpt is stale: run npm run refresh');
});

test('the excerpts are chosen from the model, not from its words: another résumé gives its own', () => {
	const own = excerpts(fixtureResumes);
	assert.equal(own.sections, '`northwind`, `lumen`, `yunshan`, `bailu`, `qingsong`');
	// Of the jobs with a description, the one with the fewest items.
	assert.match(
		own.markdown!,
		/^\n`npx manjusaka -f markdown -l en -s bailu`:\n\n```markdown\n### 2017\.09-2018\.05 Bailu Networks/,
	);
	assert.match(own.json!, /"name": "Bailu Networks \(白鹭网络\)"/);
	assert.match(own.screen!, /┃ › 3 northwind\.example & h… ┃/);
	assert.match(own.screenshots!, /a search for OpenTelemetry, its one match/);
	// A word held twice is not pictured: the search takes the longest word held once.
	const {zh} = fixtureResumes;
	const twice = {...fixtureResumes, zh: {...zh, skills: {...zh.skills, items: [...zh.skills.items, 'OpenTelemetry']}}};
	assert.match(excerpts(twice).screenshots!, /a search for Vitess, its one match/);
	for (const [name, text] of Object.entries(excerpts(content))) {
		assert.ok(readme.includes(`${marks(name).start}${text}${marks(name).end}`), `${name} is in the README`);
	}
});

test('the rewrite is idempotent: the excerpts and the Keys table written over their own output give it back', () => {
	for (const resumes of [content, fixtureResumes]) {
		const once = withExcerpts(readme, excerpts(resumes));
		assert.equal(withExcerpts(once, excerpts(resumes)), once);
	}

	const stale = readme.replace(/^\| Anywhere \| `q` \| quit \|\n/m, '');
	const table = withKeysTable(stale, keysTable());
	assert.equal(withKeysTable(table, keysTable()), table);
	// Each first rewrite changed something: the fixture's excerpts are not the README's, the copy lost a row.
	assert.notEqual(withExcerpts(readme, excerpts(fixtureResumes)), readme);
	assert.notEqual(table, stale);
});

test('the excerpts script rewrites a stale excerpt, and with --check says to refresh and exits 1', () => {
	const folder = mkdtempSync(join(tmpdir(), 'manjusaka-readme-'));
	try {
		const copy = join(folder, 'README.md');
		const {start, end} = marks('sections');
		const stale = readme.replace(new RegExp(`${start}.*?${end}`, 's'), `${start}\`gone\`${end}`);
		assert.notEqual(stale, readme, 'the copy has a stale excerpt');
		writeFileSync(copy, stale);
		const check = runExcerpts('--check', copy);
		assert.equal(check.status, 1);
		assert.match(check.stderr, /an excerpt of the résumé is stale; run npm run refresh/);
		assert.equal(readFileSync(copy, 'utf8'), stale, '--check writes nothing');
		assert.equal(runExcerpts(copy).status, 0);
		assert.equal(readFileSync(copy, 'utf8'), readme);
		assert.deepEqual(runExcerpts('--check', copy), {status: 0, stdout: '', stderr: ''});
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});

test('the Keys table has a row per binding, under the Keys heading, in English', () => {
	const section = readme.slice(readme.indexOf('## Keys\n'), readme.indexOf('\n## ', readme.indexOf('## Keys\n') + 1));
	const table = section.slice(section.indexOf(markers.start), section.indexOf(markers.end));
	const rows = table.split('\n').filter((line) => line.startsWith('| ') && !/^\| (Where|---) /.test(line));
	assert.equal(rows.length, bindings.length, 'a row per binding');
	const {commands, scopes} = stringsFor('en');
	for (const {command, scope} of bindings) {
		assert.ok(
			rows.some((row) => row.startsWith(`| ${scopes[scope]} |`) && row.endsWith(`| ${commands[command]} |`)),
			`${command}, ${scopes[scope]}`,
		);
	}

	assert.ok(
		rows.some((row) => row.includes('`Ctrl+Z`')),
		'suspend is listed',
	);
});

test('the script rewrites a stale table, and with --check says so and exits 1', () => {
	const folder = mkdtempSync(join(tmpdir(), 'manjusaka-readme-'));
	try {
		const copy = join(folder, 'README.md');
		const stale = readme.replace(/^\| Anywhere \| `q` \| quit \|\n/m, '');
		assert.notEqual(stale, readme, 'the copy lost a row');
		writeFileSync(copy, stale);
		const check = runScript('--check', copy);
		assert.equal(check.status, 1);
		assert.match(check.stderr, /the Keys table is not what the key table says/);
		assert.equal(readFileSync(copy, 'utf8'), stale, '--check writes nothing');
		assert.equal(runScript(copy).status, 0);
		assert.equal(readFileSync(copy, 'utf8'), readme);
		assert.deepEqual(runScript('--check', copy), {status: 0, stdout: '', stderr: ''});
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});
