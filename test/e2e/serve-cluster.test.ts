import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {type Session, start} from './harness.js';
import {runSsh, ServerProcess, sshArgs} from './server-process.js';

// `--workers 2`: a primary that admits every connection and two workers that serve them.
// The limits are the whole server's, whichever worker a session lands on.

function visit(server: ServerProcess): Session {
	return start({cols: 80, rows: 24, command: sshArgs(server.port, 'en', ['-t'])});
}

describe('serve: a cluster of workers', () => {
	test('sessions are spread over the workers; the per-address limit holds across them; /metrics sums them', async () => {
		const server = await ServerProcess.start({flags: ['--workers', '2', '--max-sessions-per-address', '2']});
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
		} finally {
			await Promise.all(sessions.map((session) => session.close()));
			await server.close();
		}
	});

	test('SIGTERM drains every worker: each session told, then the server exits 0', async () => {
		const server = await ServerProcess.start({flags: ['--workers', '2', '--drain-seconds', '2']});
		const sessions = [visit(server), visit(server)];
		try {
			await Promise.all(sessions.map((session) => session.ready('Profile')));
			server.signal('SIGTERM');
			await Promise.all(sessions.map((session) => session.waitForText('the server is restarting')));
			assert.equal((await server.http('/readyz')).status, 503);
			for (const session of sessions) {
				assert.deepEqual(await session.exit, {exitCode: 1, signal: null});
			}

			assert.equal(await server.exit(), 0);
		} finally {
			await Promise.all(sessions.map((session) => session.close()));
			await server.close();
		}
	});
});
