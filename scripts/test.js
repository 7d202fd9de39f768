// `npm test` once the programs are there and both builds are made: the checks (tsc, Biome,
// the layering) and every test, at once. The tests spend much of their time waiting on
// terminals and servers, and the checks fill that time: run one after the other first, they
// added about 15 s to a run on two cores.
//
// The tests stream as they run; each check's output is kept and printed after them, with its
// name. The exit status is 0 when every check and every test passed, else the first failure's.
//
//   node scripts/test.js
import {spawn} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import process from 'node:process';

// package.json's scripts of these names.
const checks = ['typecheck', 'lint', 'layers'];

// test/app.test.ts and test/unit.test.ts each run a whole folder in one process; every file of
// test/e2e/ is a process of its own. The longest go first: with a few files at a time, the one
// that starts last ends last.
const longest = ['test/app.test.ts', 'test/e2e/deploy-build.test.ts', 'test/unit.test.ts'];
const e2e = readdirSync('test/e2e')
	.filter((name) => /\.test\.tsx?$/.test(name))
	.map((name) => `test/e2e/${name}`)
	.sort();
const files = [...longest, ...e2e.filter((file) => !longest.includes(file))];

// One more file at once than the cores: most of a pty or a server test is waiting. Node 20's
// own default is one fewer than the cores: a single file at a time on two.
const concurrency = availableParallelism() + 1;

/** Runs a command; resolves to its exit status and, unless it inherits the terminal, its output. */
function run(command, args, {keep}) {
	return new Promise((resolve) => {
		const child = spawn(command, args, {stdio: keep ? ['ignore', 'pipe', 'pipe'] : 'inherit'});
		let output = '';
		const collect = (chunk) => {
			output += chunk;
		};
		child.stdout?.on('data', collect);
		child.stderr?.on('data', collect);
		child.on('error', (error) => resolve({status: 1, output: `${error.message}\n`}));
		child.on('close', (status) => resolve({status: status ?? 1, output}));
	});
}

const checked = checks.map((name) => run('npm', ['run', '--silent', name], {keep: true}));
const tested = run(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...files], {
	keep: false,
});

const [results, testResult] = await Promise.all([Promise.all(checked), tested]);
for (const [index, {status, output}] of results.entries()) {
	process.stdout.write(`\n${status === 0 ? '✔' : '✖'} ${checks[index]}\n${status === 0 ? '' : output}`);
}

const statuses = [...results, testResult].map(({status}) => status);
process.exitCode = statuses.find((status) => status !== 0) ?? 0;
