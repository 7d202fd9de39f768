import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import poll from '../support/poll.js';
import within from '../support/within.js';
import {type Session, start} from './harness.js';
import {runSsh, ServerProcess, sshArgs} from './server-process.js';

// `--workers 2`: a primary that admits every connection and two workers that serve them.
// The limits are the whole server's, whichever worker a session lands on. A signal drains
// every worker; what the dead workers leave is in serve-stop.test.ts.

function visit(server: ServerProcess): Session {
	return start({cols: 80, rows: 24, command: sshArgs(server.port, 'en', ['-t'])});
}

// Each test has a cluster of its own: they run at once.
describe('serve: a cluster of workers', {concurrency: true}, () => {
	test('sessions are spread over the workers; the per-address limit holds across them; /metrics sums them; once they have ended, SIGTERM stops at once', async () => {
		const server = await ServerProcess.start({
			flags: ['--workers', '2', '--max-sessions-per-address', '2', '--drain-seconds', '30'],
		});
		const sessions = [visit(server), visit(server)];
		try {
			await Promise.all(sessions.map((session) => session.ready('Profile')));
			const starts = server.logs.filter((event) => event.event === 'session-start');
			assert.equal(new Set(starts.map((event) => event.pid)).size, 2, 'one session on each worker');
			const refused = runSsh(server.port, {user: 'en'});
			assert.equal(refused.status, 1);
			assert.equal(refused.stderr, 'too many sessions from your address; try again in a minute\n');
			assert.equal(await server.metric('manjusaka_active_sessions'), 2);
			assert.equal(await server.metric('manjusaka_sessions_total'), 2);
			assert.equal(await server.metric('manjusaka_refusals_total', 'reason="address"'), 1);
			sessions[0]!.press('q');
			assert.deepEqual(await sessions[0]!.exit, {exitCode: 0, signal: null});
			// The place it held is given back by the worker that had it.
			const ran = runSsh(server.port, {user: 'en'});
			assert.equal(ran.status, 0, ran.stderr);
			sessions[1]!.press('q');
			assert.deepEqual(await sessions[1]!.exit, {exitCode: 0, signal: null});
			await poll(
				() => server.metric('manjusaka_active_sessions'),
				(active) => active === 0,
				{what: 'no session open'},
			);
			// The drain has 30 s, but no session is open: nothing to wait for.
			server.signal('SIGTERM');
			await server.waitForLog((event) => event.event === 'stopped', 8000);
			assert.equal(await within(server.exit(), 'the exit after stopped', 5000), 0);
		} finally {
			await Promise.all(sessions.map((session) => session.close()));
			await server.close();
		}
	});

	test('SIGHUP drains every worker as SIGTERM does, and says so: each session told, then the server exits 0', async () => {
		const server = await ServerProcess.start({flags: ['--workers', '2', '--drain-seconds', '3']});
		const sessions = [visit(server), visit(server)];
		try {
			await Promise.all(sessions.map((session) => session.ready('Profile')));
			server.signal('SIGHUP');
			assert.equal((await server.waitForLog((event) => event.event === 'draining')).signal, 'SIGHUP');
			assert.equal((await server.http('/readyz')).status, 503);
			await Promise.all(sessions.map((session) => session.waitForText('the server is restarting')));
			for (const session of sessions) {
				assert.deepEqual(await session.exit, {exitCode: 1, signal: null});
			}

			assert.equal(await server.exit(), 0);
			assert.ok(server.logs.some((event) => event.event === 'stopped' && event.drained === true));
		} finally {
			await Promise.all(sessions.map((session) => session.close()));
			await server.close();
		}
	});
});
