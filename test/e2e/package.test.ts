import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {contentCli, root} from '../support/cli-env.js';
import {runCli} from '../support/run-cli.js';
import {withSession} from './harness.js';

// The package as npm publishes it: packed, then installed offline into an empty folder. A file
// missing from `files`, or a dependency left out of the bundle, fails here before a user sees it.
// It holds the real résumé, so it is compared with the build of the real résumé (dist/).
describe('the packed package, installed', () => {
	let folder = '';
	let installed = '';

	before(() => {
		folder = mkdtempSync(join(tmpdir(), 'manjusaka-package-'));
		const npm = (...args: string[]) =>
			execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {cwd: root, encoding: 'utf8'});
		// --ignore-scripts: packing must not rebuild dist/ while other tests read it.
		const [{filename}] = JSON.parse(npm('pack', '--ignore-scripts', '--json', '--pack-destination', folder)) as [
			{filename: string},
		];
		npm('install', '--offline', '--ignore-scripts', '--prefix', join(folder, 'app'), join(folder, filename));
		installed = join(folder, 'app', 'node_modules', 'manjusaka', 'dist', 'cli.js');
	});

	after(() => {
		rmSync(folder, {recursive: true, force: true});
	});

	test('adds exactly one package: it has no dependencies', () => {
		assert.deepEqual(
			readdirSync(join(folder, 'app', 'node_modules')).filter((name) => !name.startsWith('.')),
			['manjusaka'],
		);
	});

	test('piped, it prints what the development build prints', () => {
		for (const args of [[], ['--width', '40'], ['--version']]) {
			const expected = runCli(args, {script: contentCli});
			const actual = runCli(args, {script: installed});
			assert.equal(actual.status, 0, actual.stderr);
			assert.equal(actual.stdout, expected.stdout, args.join(' '));
		}
	});

	test('in a terminal, it draws what the development build draws, and quits', async () => {
		const screens = async (script: string) =>
			withSession({cols: 80, rows: 24, script}, async (session) => {
				const first = await session.ready('q 退出');
				session.press('5');
				const job = await session.waitForText('› 5 ');
				session.press('q');
				assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
				return [first, job];
			});
		assert.deepEqual(await screens(installed), await screens(contentCli));
	});
});
