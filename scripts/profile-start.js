// npm run profile:start: where the time to the first frame goes, by chunk and by package.
// Builds a readable copy of dist/ (esbuild names each module's start in it), starts the
// command npm links in an 80×24 pseudo-terminal with V8's sampling profiler, and keeps the
// samples taken before the first frame reached the terminal: self time, as the mean of
// PROFILE_RUNS starts (5), grouped by the chunk and the package of the nearest bundled
// function on the stack. Samples with none are Node's own work (its start, reading and
// compiling modules). The profiler slows everything by about a tenth.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import {stripVTControlCharacters} from 'node:util';
import pty from 'node-pty';
import {readerEnv} from './bench-support.js';

const runs = Number(process.env.PROFILE_RUNS ?? 5);
const folder = mkdtempSync(join(tmpdir(), 'manjusaka-profile-'));
const dist = join(folder, 'dist');
execFileSync(process.execPath, ['scripts/build.js', '--outdir', dist], {env: {...process.env, BUILD_READABLE: '1'}});
const bin = join(dist, JSON.parse(readFileSync('package.json', 'utf8')).bin.manjusaka.replace(/^dist\//, ''));

// One start: the profile, and the moment (V8's clock, microseconds) the first frame arrived.
function start(index) {
	const profiles = join(folder, `profile-${index}`);
	return new Promise((resolve) => {
		const child = pty.spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profiles, bin], {
			cols: 80,
			rows: 24,
			env: readerEnv(),
		});
		let output = '';
		let frame;
		child.onData((data) => {
			output += data;
			// The footer's last hint ends the first frame.
			if (frame === undefined && stripVTControlCharacters(output).includes('q quit')) {
				frame = Number(process.hrtime.bigint() / 1000n);
				setTimeout(() => child.write('q'), 200);
			}
		});
		child.onExit(() => {
			const file = readdirSync(profiles).find((name) => name.endsWith('.cpuprofile'));
			resolve({profile: JSON.parse(readFileSync(join(profiles, file), 'utf8')), frame});
		});
	});
}

// Each bundled file's module starts (`// node_modules/ink/build/ink.js`), by line.
const sections = new Map();
function packageAt(url, line) {
	if (!sections.has(url)) {
		const starts = [];
		for (const [number, text] of readFileSync(new URL(url), 'utf8').split('\n').entries()) {
			const path = /^\/\/ (\S+)$/.exec(text)?.[1];
			if (path) {
				starts.push([number, /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'manjusaka']);
			}
		}

		sections.set(url, starts);
	}

	return (
		sections.get(url).findLast(([number]) => number <= line)?.[1] ??
		"(a chunk's top level, and Node's work it asks for)"
	);
}

// A chunk by its entry's name (run-app), or by the packages it holds.
function chunkName(url) {
	const file = url.slice(distUrl.length + 1);
	if (!file.startsWith('chunk-')) {
		return file.replace(/-[A-Z\d]{8}\.js$/, '');
	}

	packageAt(url, 0);
	const held = [...new Set(sections.get(url).map(([, name]) => name))];
	return `${file} (${held.slice(0, 4).join(', ')}${held.length > 4 ? ', …' : ''})`;
}

const byChunk = new Map();
const byPackage = new Map();
// PROFILE_FUNCTIONS=yoga-layout: that package's functions too, by self time.
const detail = process.env.PROFILE_FUNCTIONS;
const byFunction = new Map();
let total = 0;
const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);
const distUrl = pathToFileURL(dist).href;
for (let index = 0; index < runs; index++) {
	const {profile, frame} = await start(index);
	const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
	const parents = new Map();
	for (const node of profile.nodes) {
		for (const child of node.children ?? []) {
			parents.set(child, node.id);
		}
	}

	let time = profile.startTime;
	for (const [sample, id] of profile.samples.entries()) {
		time += profile.timeDeltas[sample];
		if (time > frame) {
			break;
		}

		const milliseconds = profile.timeDeltas[sample] / 1000 / runs;
		total += milliseconds;
		const {functionName} = nodes.get(id).callFrame;
		if (['(idle)', '(garbage collector)', '(program)'].includes(functionName)) {
			add(byChunk, functionName, milliseconds);
			continue;
		}

		let bundled;
		for (let at = id; at !== undefined && !bundled; at = parents.get(at)) {
			const {url, lineNumber} = nodes.get(at).callFrame;
			bundled = url.startsWith(distUrl) ? {url, lineNumber} : undefined;
		}

		if (bundled) {
			add(byChunk, chunkName(bundled.url), milliseconds);
			const owner = packageAt(bundled.url, bundled.lineNumber);
			add(byPackage, owner, milliseconds);
			if (owner === detail) {
				const {functionName: name, url, lineNumber} = nodes.get(id).callFrame;
				add(byFunction, `${name || '(anonymous)'} ${url.replace(/^.*\//, '')}:${lineNumber}`, milliseconds);
			}
		} else {
			add(byChunk, "Node's own (start, module loading and compiling)", milliseconds);
		}
	}
}

rmSync(folder, {recursive: true, force: true});
const table = (map) =>
	[...map]
		.sort((a, b) => b[1] - a[1])
		.map(([name, milliseconds]) => `| ${name} | ${milliseconds.toFixed(1)} ms |`)
		.join('\n');
console.log(`Time to the first frame under the profiler, mean of ${runs} starts: ${total.toFixed(0)} ms\n`);
console.log(`| chunk | self time |\n| --- | --- |\n${table(byChunk)}\n`);
console.log(`| package (bundled code only) | self time |\n| --- | --- |\n${table(byPackage)}`);
if (detail) {
	console.log(
		`\n| ${detail}: function (self time, the functions it calls included) | self time |\n| --- | --- |\n${table(byFunction)}`,
	);
}
