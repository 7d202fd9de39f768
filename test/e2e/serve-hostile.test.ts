import assert from 'node:assert/strict';
import {connect, type Socket} from 'node:net';
import {after, before, describe, test} from 'node:test';
import poll from '../support/poll.js';
import {seededRandom} from '../support/random-bytes.js';
import {runServeCli, runSsh, ServerProcess} from './server-process.js';
import {Visitor} from './ssh2-visitor.js';

// Clients that misbehave, each bounded in count and time, on the loopback. After each the
// server still serves a new visitor, and no session is left counted.

const seed = 20261129;

// Where the screen moves the cursor to draw a row: CSI row ; 1 H.
const csi = '\u001B[';
const rowMoves = new RegExp(`${csi.replace('[', '\\[')}(\\d+);1H`, 'g');

/** Opens a TCP connection to `port`, writes `bytes` (if any), and resolves once it is closed, by either side. */
function raw(port: number, bytes?: Buffer, endAfterWrite = false): Promise<void> {
	return new Promise((resolve) => {
		const socket: Socket = connect(port, '127.0.0.1', () => {
			if (bytes) {
				socket.write(bytes);
			}

			if (endAfterWrite) {
				socket.destroy();
			}
		});
		socket.on('data', () => undefined);
		socket.on('error', () => undefined);
		socket.once('close', () => resolve());
	});
}

// The keepalive test has a server of its own and mostly waits: it runs beside the others,
// which share one server and run one after another.
describe('serve: clients that misbehave', {concurrency: true}, () => {
	describe('serve: hostile clients', {concurrency: 1}, () => {
		let server: ServerProcess;
		let plain: string;
		before(async () => {
			server = await ServerProcess.start({
				flags: ['--connections-per-minute', '100000', '--handshake-seconds', '2', '--max-sessions-per-address', '200'],
			});
		});
		after(() => server.close());

		/** A new visitor is served the résumé, as the same build prints it. */
		function serves(): void {
			plain ??= runServeCli(['--plain', '--lang', 'en']).stdout;
			const ran = runSsh(server.port, {user: 'en'});
			assert.equal(ran.status, 0, ran.stderr);
			assert.equal(ran.stdout, plain);
		}

		/** The server still serves, and counts no session open. */
		async function stillServes(): Promise<void> {
			serves();
			// A session's end is counted once the server has seen its channel close.
			await poll(
				() => server.metric('manjusaka_active_sessions'),
				(active) => active === 0,
				{
					timeout: 5000,
					what: 'no session open',
				},
			);
		}

		test('garbage on the port and handshakes cut short', async () => {
			const random = seededRandom(seed);
			const garbage = Array.from({length: 30}, () =>
				Buffer.from(Array.from({length: 1 + Math.floor(random() * 4000)}, () => Math.floor(random() * 256))),
			);
			const ident = Buffer.from('SSH-2.0-OpenSSH_9.2p1\r\n');
			// An identification, then a KEXINIT packet whose length promises more than comes.
			const truncated = Buffer.concat([ident, Buffer.from([0, 0, 4, 0, 6, 20]), Buffer.alloc(40, 7)]);
			await Promise.all([
				...garbage.map((bytes) => raw(server.port, bytes)),
				...Array.from({length: 10}, () => raw(server.port, truncated)),
				...Array.from({length: 10}, () => raw(server.port, ident, true)),
			]);
			await stillServes();
		});

		test('470 connections opened and dropped, and 12 whole SSH sessions after 6 that warm the server: no handle or heap left behind', async () => {
			const handles = async () => server.metric('manjusaka_nodejs_active_handles_total');
			const heap = async () => server.metric('manjusaka_nodejs_heap_size_used_bytes');
			// Whole sessions, in rounds of three: the first rounds load the app's code and warm it.
			const sessions = async (rounds: number) => {
				for (let round = 0; round < rounds; round++) {
					const visitors = await Promise.all(Array.from({length: 3}, () => Visitor.open(server.port)));
					await Promise.all(visitors.map((visitor) => visitor.waitFor('Profile')));
					for (const visitor of visitors) {
						visitor.end();
					}

					await Promise.all(visitors.map((visitor) => visitor.closed));
				}
			};

			await sessions(2);
			await stillServes();
			const [handlesBefore, heapBefore] = [await handles(), await heap()];
			for (let round = 0; round < 10; round++) {
				await Promise.all(Array.from({length: 47}, () => raw(server.port, undefined, true)));
			}

			// A handle left by each session would show as 12; a leak of the heap, past 1 MB a session.
			await sessions(4);
			await stillServes();
			assert.ok((await handles()) <= handlesBefore + 2, `handles: ${handlesBefore} before, ${await handles()} after`);
			// Heap used, without a forced collection (the server cannot be asked for one): within 16 MB.
			assert.ok((await heap()) < heapBefore + 16 * 1024 * 1024, `heap: ${heapBefore} before, ${await heap()} after`);
		});

		test('a client that stops reading is let go once a megabyte waits for it', async () => {
			const visitor = await Visitor.open(server.port, {cols: 500, rows: 200});
			await visitor.waitFor('Profile');
			visitor.channel.pause();
			// Each change of size redraws the whole 500×200 screen; none of it is read.
			const ended = () => server.logs.some((event) => event.event === 'session-end' && event.why === 'slow-reader');
			for (let change = 0; change < 300 && !ended(); change++) {
				visitor.channel.setWindow(change % 2 === 0 ? 199 : 200, 500, 0, 0);
				await new Promise((resolve) => setTimeout(resolve, 60));
			}

			await server.waitForLog((event) => event.event === 'session-end' && event.why === 'slow-reader', 20_000);
			visitor.end();
			await stillServes();
		});

		test('a storm of window changes, then q: exit 0', async () => {
			const visitor = await Visitor.open(server.port, {cols: 100, rows: 30});
			await visitor.waitFor('Profile');
			for (let change = 0; change < 2000; change++) {
				visitor.channel.setWindow(20 + (change % 40), 40 + (change % 120), 0, 0);
			}

			visitor.channel.setWindow(30, 100, 0, 0);
			visitor.channel.write('q');
			assert.equal(await visitor.exit(20_000), 0);
			visitor.end();
			await stillServes();
		});

		test('0×0 is drawn at 80×24, 10000×10000 at 500×200', async () => {
			for (const [size, limit] of [
				[0, {rows: 24, columns: 80}],
				[10_000, {rows: 200, columns: 500}],
			] as const) {
				const visitor = await Visitor.open(server.port, {cols: size, rows: size});
				await visitor.waitFor('Profile');
				visitor.channel.write('q');
				assert.equal(await visitor.exit(), 0);
				visitor.end();
				const rows = [...visitor.output.matchAll(rowMoves)].map((match) => Number(match[1]));
				assert.equal(Math.max(...rows), limit.rows, `${size}: the last row drawn`);
				const footer = visitor.output.slice(visitor.output.lastIndexOf(`\u001B[${limit.rows};1H`));
				assert.match(footer, /quit/);
			}

			await stillServes();
		});

		// A longer paste is more than anyone pastes: it ends the session (test/e2e/serve-flood.test.ts).
		test('a paste of 192 kB, then q: exit 0, and others are served meanwhile', async () => {
			// From an address of its own: the storms above spent this one's share of input.
			const visitor = await Visitor.open(server.port, {from: '127.0.0.2'});
			await visitor.waitFor('Profile');
			const chunk = Buffer.alloc(64 * 1024, 'paste 粘贴 ');
			const pasting = (async () => {
				visitor.channel.write('\u001B[200~');
				for (let sent = 0; sent < 192 * 1024; sent += chunk.length) {
					if (!visitor.channel.write(chunk)) {
						await new Promise((resolve) => visitor.channel.once('drain', resolve));
					}
				}

				visitor.channel.write('\u001B[201~q');
			})();
			serves();
			await pasting;
			assert.equal(await visitor.exit(30_000), 0);
			visitor.end();
			await stillServes();
		});
	});

	describe('serve: a client that stops answering', () => {
		test('a client that stops answering is found by the keepalives and let go', async () => {
			const quiet = await ServerProcess.start({flags: ['--keepalive-seconds', '1']});
			try {
				const visitor = await Visitor.open(quiet.port);
				await visitor.waitFor('Profile');
				// The client's socket is no longer read: the server's keepalive requests go unanswered.
				(visitor.client as unknown as {_sock: Socket})._sock.pause();
				const ended = await quiet.waitForLog((event) => event.event === 'session-end', 15_000);
				assert.equal(ended.why, 'closed');
				assert.ok(
					quiet.logs.some((event) => event.event === 'connection-error' && event.message === 'Keepalive timeout'),
				);
				visitor.end();
			} finally {
				await quiet.close();
			}
		});
	});
});
