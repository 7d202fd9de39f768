import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {after, before, describe, test} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {inputLimits} from '../../source/serve/limits/input-limiter.js';
import stringsFor from '../../source/strings/index.js';
import poll from '../support/poll.js';
import {ServerProcess, sshArgs} from './server-process.js';
import {Visitor} from './ssh2-visitor.js';

// One visitor floods the server with input, every way a client can send it, while another
// visitor presses keys and /healthz is fetched, one request after another. The goal
// is that both answer within 100 ms. What is asserted is the server's own part of it: the
// longest its event loop was held during each flood (the lag prom-client measures, read from
// /metrics, which starts it again at each read), under `latencyBound` or a multiple of that
// measured before the floods where the machine is slower than that. The times this process
// measured are printed, not asserted: it also encrypts the flood, and on this shared machine
// (two cores, other work on them) its own delays came into them. Every /healthz must be
// answered, and the other visitor's keys must still get their frames. Before input was
// bounded, one flood held the process for seconds to minutes.

const latencyBound = 500;
const slowMachine = 5;
const megabyte = 1024 * 1024;
// Ink ends each frame's synchronized update with this.
const frameEnd = '\u001B[?2026l';
const frames = (visitor: Visitor) => visitor.output.split(frameEnd).length - 1;

// What a terminal answers to the device attributes query (DA1) the app sends with its
// question about the background: no background answer is coming.
const attributes = '\u001B[?62;22c';

/**
A visitor whose app is drawn and listens for keys: until the terminal has answered about
its background, the screen is drawn empty and keys go nowhere; this one answers at once.
*/
async function visitor(port: number, from = '127.0.0.1'): Promise<Visitor> {
	const opened = await Visitor.open(port, {cols: 100, rows: 30, from});
	opened.channel.write(attributes);
	await poll(
		() => frames(opened),
		(count) => count >= 2,
		{what: "the app's first frame"},
	);
	return opened;
}

// The flooding client shares this process with the probes: it lets them run between slices
// of this many bytes, so that what they measure is the server, not the client's encryption.
const slice = 16 * 1024;

/** Writes `bytes` in pieces of `piece` bytes, as a client does (waiting when the channel is full), until the channel closes. */
async function send(flooder: Visitor, bytes: Buffer, piece: number): Promise<void> {
	const {channel} = flooder;
	for (let at = 0; at < bytes.length && !channel.destroyed && flooder.status === undefined; at += piece) {
		if (!channel.write(bytes.subarray(at, at + piece))) {
			await Promise.race([new Promise((resolve) => channel.once('drain', resolve)), flooder.closed]);
		}

		if ((at + piece) % slice < piece) {
			await new Promise((resolve) => setImmediate(resolve));
		}
	}
}

/**
Latencies measured while `during` runs: /healthz, one request after another, and the
other visitor's key to its frame, a key every 50 ms. A request or a key still waiting at
the end counts what it has waited.
*/
async function watch(server: ServerProcess, other: Visitor, during: () => Promise<void>) {
	const health: number[] = [];
	const keys: number[] = [];
	let failed = 0;
	let done = false;
	let healthAt: number | undefined;
	let keyAt: number | undefined;
	const probing = (async () => {
		while (!done) {
			healthAt = performance.now();
			// A request the server never answered, or not with 200, counts the time it took, and as failed.
			const answered = await server.http('/healthz').then(
				({status}) => status === 200,
				() => false,
			);
			health.push(performance.now() - healthAt);
			failed += answered ? 0 : 1;
			healthAt = undefined;
			await sleep(10);
		}
	})();
	// Read once to start the server's lag measure from here.
	await server.metric('manjusaka_nodejs_eventloop_lag_max_seconds');
	const pressing = (async () => {
		for (let press = 0; !done; press++) {
			const before = frames(other);
			keyAt = performance.now();
			other.channel.write(press % 2 === 0 ? 'j' : 'k');
			while (frames(other) === before && !done) {
				await sleep(2);
			}

			if (frames(other) > before) {
				keys.push(performance.now() - keyAt);
				keyAt = undefined;
			}

			await sleep(50);
		}
	})();
	try {
		await during();
	} finally {
		done = true;
		const end = performance.now();
		for (const [list, at] of [
			[health, healthAt],
			[keys, keyAt],
		] as const) {
			if (at !== undefined) {
				list.push(end - at);
			}
		}
	}

	await Promise.all([probing, pressing]);
	return {
		lag: 1000 * (await server.metric('manjusaka_nodejs_eventloop_lag_max_seconds')),
		health: Math.max(...health),
		keys: Math.max(...keys),
		requests: health.length,
		failed,
		presses: keys.length,
	};
}

// One server for the file; the floods come from addresses of their own, and the tests that
// count from zero come first.
let server: ServerProcess;
before(async () => {
	server = await ServerProcess.start({flags: ['--connections-per-minute', '1000']});
});
after(() => server.close());

describe('serve: a visitor flooding input', () => {
	let other: Visitor;
	before(async () => {
		other = await visitor(server.port);
	});
	after(() => other.end());

	const words = stringsFor('en').visit.tooMuchInput;
	const ways = [
		['keys in writes of 32 kB', Buffer.alloc(megabyte, 'jk'), 32 * 1024],
		['keys in writes of 64 bytes', Buffer.alloc(megabyte, 'jk'), 64],
		['keys typed into the search line', Buffer.concat([Buffer.from('/'), Buffer.alloc(megabyte, 'abc ')]), 32 * 1024],
		[
			'a bracketed paste into the search line',
			Buffer.concat([Buffer.from('/\u001B[200~'), Buffer.alloc(megabyte, 'paste 粘贴 '), Buffer.from('\u001B[201~')]),
			32 * 1024,
		],
	] as const;

	test(`a megabyte of input, sent each way a client can, is cut off: the server's event loop is never held ${latencyBound} ms (or ${slowMachine}× what it was before), /healthz always answers, and the server is as it was after`, async (t) => {
		// A visitor who comes and goes first: the code every session runs is loaded and warm.
		const warm = await visitor(server.port);
		warm.end();
		await poll(
			() => server.metric('manjusaka_active_sessions'),
			(active) => active === 1,
			{what: 'one session open'},
		);
		// The other visitor's first keys lay out the entries it shows for the first time.
		await watch(server, other, () => sleep(300));
		const baseline = await watch(server, other, () => sleep(1000));
		const [fds, rss] = [
			await server.metric('manjusaka_process_open_fds'),
			await server.metric('manjusaka_process_resident_memory_bytes'),
		];
		const bound = Math.max(latencyBound, slowMachine * baseline.lag);
		t.diagnostic(
			`before: the server's event loop held ${baseline.lag.toFixed(0)} ms, /healthz ${baseline.health.toFixed(0)} ms, key→frame ${baseline.keys.toFixed(0)} ms (max); bound ${bound.toFixed(0)} ms`,
		);

		for (const [way, bytes, piece] of ways) {
			// From an address of its own: an address's sessions share its input.
			const flooder = await visitor(server.port, '127.0.0.2');
			const measured = await watch(server, other, async () => {
				await send(flooder, bytes, piece);
				// The flood is written (or cut off): the server has caught up once it ends the session.
				// A server that does not end it within 10 s fails on the latencies measured meanwhile.
				await flooder.exit(10_000).catch(() => undefined);
			});
			t.diagnostic(
				`${way}: the server's event loop held ${measured.lag.toFixed(0)} ms at most; /healthz max ${measured.health.toFixed(0)} ms (${measured.requests} requests), key→frame max ${measured.keys.toFixed(0)} ms (${measured.presses} keys)`,
			);
			assert.ok(measured.lag < bound, `${way}: the server's event loop was held ${measured.lag.toFixed(0)} ms`);
			assert.equal(measured.failed, 0, `${way}: /healthz failed`);
			assert.equal(flooder.status, 1, `${way}: the session ends`);
			assert.ok(flooder.output.includes(words), `${way}: the visitor is told why`);
			flooder.end();
		}

		assert.equal(await server.metric('manjusaka_refusals_total', 'reason="input"'), ways.length);
		assert.ok((await server.metric('manjusaka_input_dropped_total')) > 0, 'keys past the share were dropped');
		assert.ok(server.logs.some((event) => event.event === 'input-dropped' && typeof event.keys === 'number'));
		await poll(
			() => server.metric('manjusaka_active_sessions'),
			(active) => active === 1,
			{what: 'the floods to be let go'},
		);
		// Their connections end a moment after their sessions: the server reads no more of them.
		await poll(
			() => server.metric('manjusaka_open_connections'),
			(open) => open === 1,
			{what: "the floods' connections to close"},
		);
		const after = await watch(server, other, () => sleep(300));
		assert.ok(after.presses > 0 && after.failed === 0, 'still answering');
		assert.ok(after.lag < bound, `after the floods the server's event loop was held ${after.lag.toFixed(0)} ms`);
		const [fdsAfter, rssAfter] = [
			await server.metric('manjusaka_process_open_fds'),
			await server.metric('manjusaka_process_resident_memory_bytes'),
		];
		t.diagnostic(
			`fds ${fds} → ${fdsAfter}; RSS ${(rss / megabyte).toFixed(0)} → ${(rssAfter / megabyte).toFixed(0)} MB`,
		);
		assert.ok(fdsAfter <= fds + 2, `open fds: ${fds} before, ${fdsAfter} after`);
		assert.ok(rssAfter < rss + 64 * megabyte, `resident memory: ${rss} before, ${rssAfter} after`);
	});

	test('a burst of keys past a person’s share but not a flood: the keys past it are dropped, counted and logged; the session goes on', async () => {
		const typist = await visitor(server.port);
		const droppedBefore = await server.metric('manjusaka_input_dropped_total');
		typist.channel.write(Buffer.alloc(4 * inputLimits.keyBurst, 'jk'));
		await poll(
			() => server.metric('manjusaka_input_dropped_total'),
			(dropped) => dropped >= droppedBefore + 2 * inputLimits.keyBurst,
			{what: 'the keys past the share to be dropped'},
		);
		// q is a key like any other: pressed until the bucket has a token for it again.
		const quit = setInterval(() => typist.channel.write('q'), 100);
		try {
			assert.equal(await typist.exit(), 0);
		} finally {
			clearInterval(quit);
			typist.end();
		}
	});
});

describe('serve: input shared by an address, window changes, and the OpenSSH client told why', () => {
	const words = stringsFor('en').visit.tooMuchInput;

	/** Whether `visitor`'s session was ended for its input, and it was told why. */
	async function cutOff(visitor: Visitor): Promise<boolean> {
		const status = await visitor.exit(10_000).catch(() => undefined);
		return status === 1 && visitor.output.includes(words);
	}

	test('window changes count as input: a storm of them ends the session', async () => {
		const storm = await visitor(server.port, '127.0.0.3');
		for (let change = 0; change < 20_000 && !storm.channel.destroyed && storm.status === undefined; change++) {
			storm.channel.setWindow(24 + (change % 20), 80 + (change % 40), 0, 0);
			if (change % 500 === 0) {
				await new Promise((resolve) => setImmediate(resolve));
			}
		}

		assert.ok(await cutOff(storm), 'the storm was ended, and told why');
		storm.end();
	});

	test("an address's sessions share its input: four sessions of 128 kB each from one address are cut, another address is not", async () => {
		const bystander = await visitor(server.port, '127.0.0.5');
		const sessions = await Promise.all(Array.from({length: 4}, () => visitor(server.port, '127.0.0.4')));
		const keys = Buffer.alloc(128 * 1024, 'jk');
		await Promise.all(sessions.map((session) => send(session, keys, 32 * 1024)));
		// The address went past its share: a session of it is cut, and told why. Which one, and
		// whether the others are too, depends on how their input interleaved.
		await poll(
			() => sessions.some((session) => session.status === 1 && session.output.includes(words)),
			(cut) => cut,
			{what: 'a session of the address to be cut off, and told why'},
		);
		const before = frames(bystander);
		bystander.channel.write('j');
		await poll(
			() => frames(bystander),
			(count) => count > before,
			{what: "the bystander's frame"},
		);
		assert.equal(bystander.status, undefined, 'another address keeps its session');
		for (const session of [...sessions, bystander]) {
			session.end();
		}
	});

	test("OpenSSH's client, cut off for its input, writes out the line that says why", async () => {
		const ssh = spawn(
			sshArgs(server.port, 'en', ['-tt', '-b', '127.0.0.6'])[0]!,
			sshArgs(server.port, 'en', ['-tt', '-b', '127.0.0.6']).slice(1),
			{
				stdio: ['pipe', 'pipe', 'pipe'],
			},
		);
		let output = '';
		ssh.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			output += chunk;
		});
		ssh.stdin.on('error', () => undefined);
		const exited = new Promise<number | null>((resolve) => ssh.once('exit', resolve));
		await poll(
			() => output.split(frameEnd).length,
			(count) => count >= 3,
			{what: "the app's first frames over OpenSSH", timeout: 10_000},
		);
		ssh.stdin.end(Buffer.alloc(2 * megabyte, 'a'));
		assert.equal(await exited, 1);
		assert.ok(output.includes(words), `the line that says why: ${output.slice(-300)}`);
	});
});
