// npm run bench:ssh: `manjusaka serve` under N concurrent visitors (ssh2 clients with a
// pty, in this process), each pressing a key every second. For each N: the server's memory
// per idle session (RSS delta / N), key-to-frame latency (from the key's write to the end of
// the frame's synchronized update, as the client sees it) at p50 and p99, and the server's
// CPU (one core = 100%). The clients share this machine's cores with the server: their
// decryption is counted against the machine, not the server, so the figures are a bound.
//
//   BENCH_SSH_N=10,50,100,200 BENCH_SSH_WORKERS=1,2 BENCH_SSH_SECONDS=30 npm run bench:ssh
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import ssh2 from 'ssh2';
import {frameEnd, freePort, serverEnv, sleep} from './bench-support.js';

const counts = (process.env.BENCH_SSH_N ?? '10,50,100,200').split(',').map(Number);
const workerCounts = (process.env.BENCH_SSH_WORKERS ?? '1,2').split(',').map(Number);
const seconds = Number(process.env.BENCH_SSH_SECONDS ?? 30);
const budget = {p99: 100, perSession: 1024 * 1024};
const env = serverEnv();

// The server's resident memory and CPU time so far, from /proc: its own and its workers'.
function usage(pid) {
	const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean);
	let rss = 0;
	let ticks = 0;
	for (const process of [pid, ...children]) {
		rss += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${process}/status`, 'utf8'))[1]) * 1024;
		const fields = readFileSync(`/proc/${process}/stat`, 'utf8').split(') ')[1].split(' ');
		ticks += Number(fields[11]) + Number(fields[12]);
	}

	return {rss, cpu: ticks / 100};
}

async function startServer(workers, folder = mkdtempSync(join(tmpdir(), 'manjusaka-bench-ssh-'))) {
	const port = await freePort();
	const flags = ['--port', `${port}`, '--metrics-port', '0', '--host-key', join(folder, 'key')];
	const limits = [
		'--workers',
		`${workers}`,
		'--max-sessions',
		'1000',
		'--max-sessions-per-address',
		'1000',
		'--connections-per-minute',
		'100000',
	];
	const spawned = performance.now();
	const child = spawn(process.execPath, ['dist/cli.js', 'serve', ...flags, ...limits], {
		env,
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	await new Promise((resolve) => {
		child.stderr.on('data', (chunk) => {
			if (String(chunk).includes('"listening"')) {
				resolve();
			}
		});
	});
	return {port, child, folder, ready: performance.now() - spawned};
}

// One visitor at 100×30: connected, a shell open, the first frame drawn.
async function visit(port) {
	const client = new ssh2.Client();
	await new Promise((resolve, reject) => {
		client.once('ready', resolve).once('error', reject);
		client.connect({host: '127.0.0.1', port, username: 'en', readyTimeout: 60_000});
	});
	const channel = await new Promise((resolve, reject) => {
		client.shell({term: 'xterm-256color', cols: 100, rows: 30}, (error, stream) =>
			error ? reject(error) : resolve(stream),
		);
	});
	const visitor = {client, channel, output: '', pressedAt: undefined, latencies: [], frames: 0};
	channel.on('data', (chunk) => {
		visitor.output += chunk.toString('latin1');
		if (visitor.pressedAt !== undefined && visitor.output.includes(frameEnd)) {
			visitor.latencies.push(performance.now() - visitor.pressedAt);
			visitor.pressedAt = undefined;
			visitor.frames++;
		}

		visitor.output = visitor.output.slice(-16);
	});
	while (!visitor.output.includes(frameEnd)) {
		await sleep(20);
	}

	return visitor;
}

const percentile = (values, p) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

async function measure(n, workers) {
	const server = await startServer(workers);
	try {
		// One visitor a worker first, left idle: each process loads the app's code for its
		// first session, which the sessions measured do not pay.
		const first = await Promise.all(Array.from({length: workers}, () => visit(server.port)));
		await sleep(1000);
		const before = usage(server.child.pid);
		const visitors = [];
		for (let index = 0; index < n; index += 10) {
			visitors.push(...(await Promise.all(Array.from({length: Math.min(10, n - index)}, () => visit(server.port)))));
		}

		await sleep(2000);
		const idle = usage(server.child.pid);
		const keys = ['j', 'k'];
		const started = performance.now();
		const clientsBefore = process.cpuUsage();
		const timers = visitors.map((visitor, index) => {
			let press = 0;
			const pressKey = () => {
				// A frame still awaited after a second counts as a second: a bound from below.
				if (visitor.pressedAt !== undefined) {
					visitor.latencies.push(performance.now() - visitor.pressedAt);
				}

				visitor.output = '';
				visitor.pressedAt = performance.now();
				visitor.channel.write(keys[press++ % 2]);
			};

			// Spread over the second, so that keys come as from people, not in one burst.
			return setTimeout(
				() => {
					pressKey();
					visitor.interval = setInterval(pressKey, 1000);
				},
				(index * 1000) / n,
			);
		});
		await sleep(seconds * 1000);
		const busy = usage(server.child.pid);
		const wall = (performance.now() - started) / 1000;
		const clients = process.cpuUsage(clientsBefore);
		for (const [index, visitor] of visitors.entries()) {
			clearTimeout(timers[index]);
			clearInterval(visitor.interval);
			visitor.client.end();
		}

		for (const visitor of first) {
			visitor.client.end();
		}

		const latencies = visitors.flatMap((visitor) => visitor.latencies);
		return {
			n,
			workers,
			perSession: (idle.rss - before.rss) / n,
			p50: percentile(latencies, 50),
			p99: percentile(latencies, 99),
			frames: visitors.reduce((sum, visitor) => sum + visitor.frames, 0),
			expected: n * seconds,
			cpu: ((busy.cpu - idle.cpu) / wall) * 100,
			clientCpu: ((clients.user + clients.system) / 1e6 / wall) * 100,
		};
	} finally {
		server.child.kill('SIGKILL');
		rmSync(server.folder, {recursive: true, force: true});
	}
}

// From start to listening, with the host key made by the first start and read by the others.
for (const workers of workerCounts) {
	const folder = mkdtempSync(join(tmpdir(), 'manjusaka-bench-ssh-'));
	const times = [];
	for (let start = 0; start < 6; start++) {
		const server = await startServer(workers, folder);
		times.push(server.ready);
		server.child.kill('SIGKILL');
	}

	rmSync(folder, {recursive: true, force: true});
	const [first, ...later] = times;
	const median = later.sort((a, b) => a - b)[Math.floor(later.length / 2)];
	console.log(
		`workers=${workers}: ready in ${first.toFixed(0)} ms making the key, ${median.toFixed(0)} ms (median of 5) with it`,
	);
}

const results = [];
for (const workers of workerCounts) {
	for (const n of counts) {
		const result = await measure(n, workers);
		results.push(result);
		console.log(
			`workers=${workers} N=${n}: ${(result.perSession / 1024).toFixed(0)} kB/session idle, key→frame p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${result.frames}/${result.expected} frames, server CPU ${result.cpu.toFixed(0)}%, the clients' ${result.clientCpu.toFixed(0)}%`,
		);
	}

	const holding = results.filter((result) => result.workers === workers && result.p99 <= budget.p99);
	const largest = holding.length > 0 ? Math.max(...holding.map((result) => result.n)) : 'none';
	const hundred = results.find((result) => result.workers === workers && result.n === 100);
	const held = hundred && hundred.p99 <= budget.p99 && hundred.perSession <= budget.perSession;
	console.log(
		`workers=${workers}: largest N with p99 <= ${budget.p99} ms: ${largest}${hundred ? `; the budget at N=100 (p99 <= 100 ms, <= 1 MB a session): ${held ? 'held' : 'missed'}` : ''}`,
	);
}
