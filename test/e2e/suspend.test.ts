import assert from 'node:assert/strict';
import {join} from 'node:path';
import {describe, test} from 'node:test';
import afterKeys from '../support/barrier.js';
import {root} from '../support/cli-env.js';
import {selected} from '../support/fixture-entries.js';
import {frameText} from '../support/screen.js';
import {focused} from '../support/screen-text.js';
import {type Session, withSession} from './harness.js';

// A shell with job control, as the one a user types in: it runs the app as a job, reports
// how the job stopped, waits for Enter, brings it back with fg, and reports how it ended.
const jobControl = (job = '"$@"') =>
	`exec bash -c 'set -m; ${job}; echo "[stopped $?]"; read _; fg >/dev/null; echo "[ended $?]"' bash "$@"`;

// npx and npm run the app under a Node process of their own, which must stop with it.
const wrapped = `node ${join(root, 'test', 'e2e', 'fixtures', 'wrapper.mjs')} "$@"`;

const stoppedAt = (session: Session) => session.output().indexOf('[stopped 148]');

/** Suspends with `stop`, checks the shell has the terminal, resizes it while stopped, resumes, quits. */
async function suspendAndResume(session: Session, stop: () => void) {
	await session.ready();
	session.press('3');
	await session.waitForText(selected(3));
	stop();
	await session.waitFor(() => stoppedAt(session) >= 0, 10_000, 'the shell to see the job stop (exit status 148)');
	await session.flushed();
	const bytes = session.output();
	assert.ok(bytes.lastIndexOf('\u001B[?1049l', stoppedAt(session)) > 0, 'the alternate screen is left first');
	assert.ok(
		bytes.lastIndexOf('\u001B[?25h', stoppedAt(session)) > bytes.lastIndexOf('\u001B[?25l', stoppedAt(session)),
	);
	assert.equal(session.terminal.buffer.active.type, 'normal', frameText(session.text()));
	// While it is stopped the terminal changes size; fg brings it back drawn at the new one.
	await session.resize(60, 20);
	session.press('return');
	await session.waitForRawMode();
	const screen = await session.waitFor(
		(text) => text.includes(selected(3)) && text.split('\n')[2]?.startsWith(focused.menu) === true,
	);
	assert.ok(
		session.screen().every((row) => row.length <= 60),
		frameText(screen),
	);
	session.press('q');
	await session.waitFor(() => session.output().includes('[ended 0]'), 10_000, 'the job to end with 0');
}

describe('suspend and resume, as less and vim do', {concurrency: true}, () => {
	test('Ctrl+Z in a shell with job control: the job stops, the shell has its screen and line mode, fg redraws at the new size', async () => {
		await withSession({cols: 80, rows: 24, shell: jobControl()}, (session) =>
			suspendAndResume(session, () => session.press('ctrl-z')),
		);
	});

	test('SIGTSTP from another terminal does the same', async () => {
		await withSession({cols: 80, rows: 24, shell: jobControl()}, (session) =>
			suspendAndResume(session, () => session.signal('SIGTSTP')),
		);
	});

	test('under a wrapper such as npx the whole job stops: the shell gets its prompt back', async () => {
		await withSession({cols: 80, rows: 24, shell: jobControl(wrapped)}, (session) =>
			suspendAndResume(session, () => session.press('ctrl-z')),
		);
	});

	test('where no shell could continue it (an orphaned process group) Ctrl+Z does nothing: the app goes on', async () => {
		await withSession({cols: 80, rows: 24}, async (session) => {
			const before = await session.ready();
			// Behind the help's barrier, the app still draws what it drew: it was never stopped.
			assert.equal(await afterKeys(session, 'ctrl-z'), before);
			session.press('2');
			await session.waitForText(selected(2));
			session.press('q');
			assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
		});
	});
});
