// npm run bench:flood: one visitor of `manjusaka serve` floods it with input while another
// presses a key every 50 ms and /healthz is fetched one request after another. For each
// size and way of sending it, the max and p99 of /healthz and of the other visitor's
// key-to-frame latency (from the key's write to the end of its frame's synchronized
// update), from the flood's start until the server has caught up with it (a key pressed
// after the flood was written has its frame) or `BENCH_FLOOD_SECONDS` have passed. A request
// or a key still waiting at the end counts what it has waited. At least 3 s are measured.
//
// The ways: `none` (nothing: the machine's own latencies), `keys` (keys without a bracketed
// paste, in writes of 32 kB), `small` (the same in writes of 64 bytes), `search` (`/`, then
// the keys typed into the query line), `paste` (one bracketed paste), `search-paste` (`/`,
// then a bracketed paste into the query line).
//
//   BENCH_FLOOD_SIZES=30000,100000,1000000 BENCH_FLOOD_WAYS=none,keys,small,search,paste,search-paste npm run bench:flood
//   BENCH_FLOOD_CLI=/path/to/other/dist/cli.cjs node scripts/bench-flood.js   # another build
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import ssh2 from 'ssh2';
import {frameEnd, freePort, serverEnv, sleep} from './bench-support.js';

const sizes = (process.env.BENCH_FLOOD_SIZES ?? '30000,100000,1000000').split(',').map(Number);
const ways = (process.env.BENCH_FLOOD_WAYS ?? 'none,keys,small,search,paste,search-paste').split(',');
const cli = process.env.BENCH_FLOOD_CLI ?? 'dist/cli.cjs';
const limit = Number(process.env.BENCH_FLOOD_SECONDS ?? 60) * 1000;
// Measured for at least this long from the flood's start, for enough samples.
const minimum = 3000;
const env = serverEnv();

async function startServer() {
	const folder = mkdtempSync(join(tmpdir(), 'manjusaka-bench-flood-'));
	const [port, metricsPort] = [await freePort(), await freePort()];
	const flags = ['--port', `${port}`, '--metrics-port', `${metricsPort}`, '--host-key', join(folder, 'key')];
	const child = spawn(process.execPath, [cli, 'serve', ...flags, '--connections-per-minute', '100000'], {
		env,
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let log = '';
	await new Promise((resolve, reject) => {
		child.once('exit', () => reject(new Error(`the server ended: ${log}`)));
		child.stderr.on('data', (chunk) => {
			log += chunk;
			if (log.includes('"listening"')) {
				resolve();
			}
		});
	});
	return {port, metricsPort, child, folder, log: () => log};
}

// A visitor at 100×30 with the app drawn, from the loopback address `from` (the server's
// input shares are per address); `frames` counts the frames that ended.
async function visit(port, from) {
	const client = new ssh2.Client();
	await new Promise((resolve, reject) => {
		client.once('ready', resolve).once('error', reject);
		client.connect({host: '127.0.0.1', port, localAddress: from, username: 'en', readyTimeout: 60_000});
	});
	client.on('error', () => undefined);
	const channel = await new Promise((resolve, reject) => {
		client.shell({term: 'xterm-256color', cols: 100, rows: 30}, (error, stream) =>
			error ? reject(error) : resolve(stream),
		);
	});
	const visitor = {client, channel, tail: '', frames: 0, closed: false};
	channel.on('data', (chunk) => {
		const text = visitor.tail + chunk.toString('latin1');
		visitor.frames += text.split(frameEnd).length - 1;
		visitor.tail = text.slice(-(frameEnd.length - 1));
	});
	channel.on('close', () => {
		visitor.closed = true;
	});
	// The app asks for the background and draws an empty screen until it knows it; a
	// terminal's answer to the device attributes query ends the wait.
	channel.write('\u001B[?62;22c');
	while (visitor.frames < 2) {
		await sleep(20);
	}

	return visitor;
}

// Writes `bytes` in pieces of `piece` bytes, waiting for the channel to drain as a client
// does. The probes share this process: they run between slices of 16 kB, so that what they
// measure is the server, not this client's encryption.
async function send({client, channel}, bytes, piece) {
	let gone = false;
	client.once('close', () => {
		gone = true;
	});
	for (let at = 0; at < bytes.length && !channel.destroyed && !gone; at += piece) {
		if (!channel.write(bytes.subarray(at, at + piece))) {
			// The server let the flooder go: its connection closes, and its channel may never drain.
			await new Promise((resolve) => {
				channel.once('drain', resolve);
				channel.once('close', resolve);
				client.once('close', resolve);
			});
		}

		if ((at + piece) % (16 * 1024) < piece) {
			await new Promise((resolve) => setImmediate(resolve));
		}
	}
}

function flood(way, size) {
	const keys = Buffer.alloc(size, 'jk');
	switch (way) {
		case 'keys': {
			return {bytes: keys, piece: 32 * 1024};
		}

		case 'small': {
			return {bytes: keys, piece: 64};
		}

		case 'search': {
			return {bytes: Buffer.concat([Buffer.from('/'), Buffer.alloc(size, 'abc ')]), piece: 32 * 1024};
		}

		case 'none': {
			return {bytes: Buffer.alloc(0), piece: 1};
		}

		default: {
			// A bracketed paste, into the search line for `search-paste`.
			const text = Buffer.alloc(size, 'paste 粘贴 ');
			const start = way === 'search-paste' ? '/\u001B[200~' : '\u001B[200~';
			return {bytes: Buffer.concat([Buffer.from(start), text, Buffer.from('\u001B[201~')]), piece: 32 * 1024};
		}
	}
}

const percentile = (values, p) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

// The longest the server's event loop was held since the last time this was asked (prom-client
// resets its histogram at each scrape): the server's own view, whatever this client's was.
async function loopHeld(server) {
	// A server still frozen does not answer: not known.
	const text = await fetch(`http://127.0.0.1:${server.metricsPort}/metrics`, {signal: AbortSignal.timeout(2000)})
		.then((response) => response.text())
		.catch(() => '');
	return Number(/^manjusaka_nodejs_eventloop_lag_max_seconds (\S+)$/m.exec(text)?.[1] ?? Number.NaN) * 1000;
}

async function measure(way, size) {
	const server = await startServer();
	try {
		const [other, flooder] = [await visit(server.port, '127.0.0.1'), await visit(server.port, '127.0.0.2')];
		await sleep(500);
		await loopHeld(server);
		const health = [];
		const keys = [];
		let done = false;
		let caughtUp = false;
		const started = performance.now();
		let healthAt;
		const probing = (async () => {
			while (!done) {
				healthAt = performance.now();
				await fetch(`http://127.0.0.1:${server.metricsPort}/healthz`)
					.then((response) => response.text())
					.catch(() => undefined);
				health.push(performance.now() - healthAt);
				healthAt = undefined;
				await sleep(10);
			}
		})();
		let keyAt;
		let framesBefore = 0;
		let press = 0;
		let floodWritten = false;
		let afterFlood = false;
		const pressing = (async () => {
			while (!done) {
				keyAt = performance.now();
				framesBefore = other.frames;
				const late = floodWritten;
				other.channel.write(press++ % 2 === 0 ? 'j' : 'k');
				while (other.frames === framesBefore && !done) {
					await sleep(1);
				}

				if (other.frames > framesBefore) {
					keys.push(performance.now() - keyAt);
					keyAt = undefined;
					afterFlood ||= late;
				}

				await sleep(50);
			}
		})();
		const {bytes, piece} = flood(way, size);
		await send(flooder, bytes, piece);
		const written = performance.now() - started;
		floodWritten = true;
		while ((!afterFlood || performance.now() - started < minimum) && performance.now() - started < limit) {
			await sleep(20);
		}

		caughtUp = afterFlood;
		done = true;
		const end = performance.now();
		const held = await loopHeld(server);
		if (keyAt !== undefined) {
			keys.push(end - keyAt);
		}

		if (healthAt !== undefined) {
			health.push(end - healthAt);
		}

		const result = {
			way,
			size,
			written,
			total: end - started,
			caughtUp,
			flooderEnded: flooder.closed,
			held,
			health: {max: Math.max(...health), p99: percentile(health, 99), n: health.length},
			keys: {max: Math.max(...keys), p99: percentile(keys, 99), n: keys.length},
		};
		other.client.end();
		flooder.client.end();
		// A probe still waiting on a frozen server is let go with it.
		server.child.kill('SIGKILL');
		await Promise.race([Promise.all([probing, pressing]), sleep(2000)]);
		return result;
	} finally {
		server.child.kill('SIGKILL');
		rmSync(server.folder, {recursive: true, force: true});
	}
}

const ms = (value) => `${value.toFixed(0)} ms`;
console.log(`cli ${cli}; window: until a key pressed after the flood has its frame, at most ${limit / 1000} s`);
for (const size of sizes) {
	for (const way of ways) {
		const r = await measure(way, size);
		console.log(
			`${way.padEnd(12)} ${String(size).padStart(7)} B: /healthz max ${ms(r.health.max)} p99 ${ms(r.health.p99)} (${r.health.n}); other's key→frame max ${ms(r.keys.max)} p99 ${ms(r.keys.p99)} (${r.keys.n}); written in ${ms(r.written)}, ${r.caughtUp ? 'caught up' : 'NOT caught up'} at ${ms(r.total)}; the server's loop held at most ${ms(r.held)}${r.flooderEnded ? '; the flooder was let go' : ''}`,
		);
	}
}
