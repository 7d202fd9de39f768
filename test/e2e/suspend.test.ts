import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import poll from '../support/poll.js';
import {frameText} from '../support/screen.js';
import {type Session, withSession} from './harness.js';

// The state letter of a process in /proc: T when it is stopped.
const state = (pid: number) => {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
};

// A shell with job control, as the one a user types in: it runs the app as a job, reports
// how the job stopped, brings it back with fg, and reports how it ended.
const jobControl = `exec bash -c 'set -m; "$@"; echo "[stopped $?]"; fg >/dev/null; echo "[ended $?]"' bash "$@"`;

/** The screen is the user's again: the normal buffer, the cursor shown, raw mode off. */
async function assertGivenBack(session: Session) {
	await session.flushed();
	assert.equal(session.terminal.buffer.active.type, 'normal', frameText(session.text()));
	const bytes = session.output();
	assert.ok(bytes.lastIndexOf('\u001B[?25h') > bytes.lastIndexOf('\u001B[?25l'), 'the cursor is shown');
}

describe('suspend and resume, as less and vim do', {concurrency: true}, () => {
	test('Ctrl+Z in a shell with job control: the job stops, the screen and line mode are the shell’s, fg redraws it', async () => {
		await withSession({cols: 80, rows: 24, shell: jobControl}, async (session) => {
			await session.ready();
			session.press('3');
			await session.waitForText('› 3 debank.com');
			session.press('ctrl-z');
			await session.waitFor(() => session.output().includes('[stopped 148]'), 10_000, 'the shell to see the job stop');
			const stopped = session.output().indexOf('[stopped 148]');
			assert.ok(session.output().lastIndexOf('\u001B[?1049l', stopped) > 0, 'the alternate screen is left first');
			// fg brings it back: raw mode again, the same entry, drawn anew.
			await session.waitForRawMode();
			await session.waitFor(
				(text) => text.includes('› 3 debank.com') && session.output().indexOf('\u001B[?1049h', stopped) > 0,
			);
			session.press('q');
			await session.waitFor(() => session.output().includes('[ended 0]'), 10_000, 'the job to end with 0');
		});
	});

	test('SIGTSTP from another terminal does the same', async () => {
		await withSession({cols: 80, rows: 24, shell: jobControl}, async (session) => {
			await session.ready();
			session.signal('SIGTSTP');
			await session.waitFor(() => session.output().includes('[stopped 148]'), 10_000, 'the job to stop');
			await session.waitForRawMode();
			await session.waitForText('› 1 个人资料');
			session.press('q');
			await session.waitFor(() => session.output().includes('[ended 0]'), 10_000, 'the job to end with 0');
		});
	});

	test('where no shell could continue it (an orphaned process group) it still stops, and SIGCONT redraws at the size of the moment', async () => {
		await withSession({cols: 80, rows: 24}, async (session) => {
			await session.ready();
			const pid = session.pid();
			session.press('ctrl-z');
			await poll(
				() => state(pid),
				(letter) => letter === 'T',
				{what: 'the process to stop'},
			);
			await assertGivenBack(session);
			assert.match(
				execFileSync('stty', ['-F', session.ptsName(), '-a'], {encoding: 'utf8'}),
				/(^|\s)icanon(\s|$)/,
				'line mode while it is stopped',
			);
			await session.resize(60, 20);
			process.kill(pid, 'SIGCONT');
			await session.waitForRawMode();
			const screen = await session.waitFor((text) => text.split('\n')[2]?.startsWith('┏━ Manjusaka ━') === true);
			assert.ok(
				session.screen().every((row) => row.length <= 60),
				frameText(screen),
			);
			session.press('q');
			assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
		});
	});
});
