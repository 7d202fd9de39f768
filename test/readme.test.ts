import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {keysTable, markers, withKeysTable} from '../scripts/readme-keys.js';
import {bindings} from '../source/keys/key-table.js';
import stringsFor from '../source/strings/index.js';
import {root} from './support/cli-env.js';
import {runCli} from './support/run-cli.js';

const readmeFile = join(root, 'README.md');
const readme = readFileSync(readmeFile, 'utf8');
const script = join(root, 'scripts', 'readme-keys.ts');
const runScript = (...args: string[]) => runCli(args, {script, env: {NODE_OPTIONS: '--import tsx'}});

test("the README's Keys table is the key table: run scripts/readme-keys.ts after changing keys", () => {
	assert.equal(readme, withKeysTable(readme, keysTable()));
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
