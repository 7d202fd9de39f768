// npm run bench:ssh: `manjusaka serve` under N concurrent visitors (ssh2 clients with a
// pty, in this process), each pressing a key every second. For each N: the server's memory
// per idle session (RSS delta / N), key-to-frame latency (from the key's write to the end of
// the frame's synchronized update, as the client sees it) at p50 and p99, and the server's
// CPU (one core = 100%). The clients share this machine's cores with the server: their
// decryption is counted against the machine, not the server, so the figures are a bound.
//
//   BENCH_SSH_N=10,50,100,200 BENCH_SSH_SECONDS=30 npm run bench:ssh
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import ssh2 from 'ssh2';

const counts = (process.env.BENCH_SSH_N ?? '10,50,100,200').split(',').map(Number);
const seconds = Number(process.env.BENCH_SSH_SECONDS ?? 30);
const budget = {p99: 100, perSession: 1024 * 1024};
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NODE_')));
const frameEnd = '\u001B[?2026l';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const freePort = () =>
	new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const {port} = probe.address();
			probe.close(() => resolve(port));
		});
	});

// The server's resident memory and CPU time so far, from /proc.
function usage(pid) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const rss = Number(/VmRSS:\s+(\d+)/.exec(status)[1]) * 1024;
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	const ticks = Number(fields[11]) + Number(fields[12]);
	return {rss, cpu: ticks / 100};
}

async function startServer() {
	const folder = mkdtempSync(join(tmpdir(), 'manjusaka-bench-ssh-'));
	const port = await freePort();
	const flags = ['--port', `${port}`, '--metrics-port', '0', '--host-key', join(folder, 'key')];
	const limits = ['--max-sessions', '1000', '--max-sessions-per-address', '1000', '--connections-per-minute', '100000'];
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
	return {port, child, folder};
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
	const visitor = {client, channel, output: '', pressedAt: undefined, latencies: []};
	channel.on('data', (chunk) => {
		visitor.output += chunk.toString('latin1');
		if (visitor.pressedAt !== undefined && visitor.output.includes(frameEnd)) {
			visitor.latencies.push(performance.now() - visitor.pressedAt);
			visitor.pressedAt = undefined;
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

async function measure(n) {
	const server = await startServer();
	try {
		await sleep(500);
		const before = usage(server.child.pid);
		const visitors = [];
		for (let index = 0; index < n; index += 10) {
			visitors.push(...(await Promise.all(Array.from({length: Math.min(10, n - index)}, () => visit(server.port)))));
		}

		await sleep(2000);
		const idle = usage(server.child.pid);
		const keys = ['j', 'k'];
		const started = performance.now();
		const timers = visitors.map((visitor, index) => {
			let press = 0;
			const pressKey = () => {
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
		for (const [index, visitor] of visitors.entries()) {
			clearTimeout(timers[index]);
			clearInterval(visitor.interval);
			visitor.client.end();
		}

		const latencies = visitors.flatMap((visitor) => visitor.latencies);
		return {
			n,
			perSession: (idle.rss - before.rss) / n,
			p50: percentile(latencies, 50),
			p99: percentile(latencies, 99),
			frames: latencies.length,
			expected: n * seconds,
			cpu: ((busy.cpu - idle.cpu) / wall) * 100,
		};
	} finally {
		server.child.kill('SIGKILL');
		rmSync(server.folder, {recursive: true, force: true});
	}
}

const results = [];
for (const n of counts) {
	const result = await measure(n);
	results.push(result);
	console.log(
		`N=${n}: ${(result.perSession / 1024).toFixed(0)} kB/session idle, key→frame p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${result.frames}/${result.expected} frames, server CPU ${result.cpu.toFixed(0)}%`,
	);
}

const holding = results.filter((result) => result.p99 <= budget.p99).map((result) => result.n);
console.log(`largest N with p99 <= ${budget.p99} ms: ${holding.length > 0 ? Math.max(...holding) : 'none'}`);
const hundred = results.find((result) => result.n === 100);
if (hundred) {
	const ok = hundred.p99 <= budget.p99 && hundred.perSession <= budget.perSession;
	console.log(`budget at N=100 (p99 <= 100 ms, <= 1 MB a session): ${ok ? 'held' : 'missed'}`);
}
