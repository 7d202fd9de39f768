import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import process from 'node:process';
import {describe, test} from 'node:test';
import {cleanEnv, cli, root} from '../support/cli-env.js';
import poll from '../support/poll.js';
import {withSession} from './harness.js';
import {resizeDrawn} from './redraws.js';

// The user's scrollback is theirs: nothing the app does, resizes and the too-small screen
// included, may erase it (CSI 3 J) or push frames into it.

const sizes = [
	[80, 6],
	[60, 20],
	[29, 8],
	[80, 24],
] as const;

describe("the user's scrollback", {concurrency: true}, () => {
	test('in xterm: 200 lines of history before, the same after resizes, the too-small screen and q', async () => {
		await withSession({cols: 80, rows: 24, shell: 'seq 1 200; "$@"'}, async (session) => {
			await session.ready();
			const before = session.scrollback();
			assert.ok(before >= 177, `history before: ${before}`);
			for (const [cols, rows] of sizes) {
				await resizeDrawn(session, cols, rows);
			}

			session.press('q');
			await session.exit;
			await session.flushed();
			const {normal} = session.terminal.buffer;
			assert.equal(normal.getLine(0)?.translateToString(true), '1', 'the first line of the history is still there');
			assert.ok(session.scrollback() >= before, `history after: ${session.scrollback()}, before: ${before}`);
			assert.ok(!session.output().includes('\u001B[3J'), 'no CSI 3 J was written');
		});
	});

	test('in tmux: #{history_size} is the same after the app as before it', async () => {
		const server = `manjusaka-scrollback-${process.pid}`;
		const tmux = (...args: string[]) => execFileSync('tmux', ['-L', server, ...args], {encoding: 'utf8'});
		const env = Object.entries(cleanEnv())
			.map(([name, value]) => `${name}='${value}'`)
			.join(' ');
		// env -i: the tmux server passes on the test's own environment, CI among it.
		const command = `seq 1 200; echo ready; read _; env -i ${env} '${process.execPath}' '${cli}'; echo ended; read _`;
		try {
			tmux('-f', '/dev/null', 'new-session', '-d', '-x', '80', '-y', '24', '-c', root, command);
			const history = () => Number(tmux('display-message', '-p', '#{history_size}').trim());
			const pane = () => tmux('capture-pane', '-p');
			await poll(pane, (text) => text.includes('ready'), {what: 'seq to finish'});
			const before = history();
			assert.ok(before >= 170, `history before: ${before}`);
			tmux('send-keys', 'Enter');
			await poll(pane, (text) => text.includes('个人资料'), {what: 'the app', describe: String});
			// Each size drawn before the next: the too-small screen's note, or the app again.
			for (const [cols, rows] of sizes) {
				tmux('resize-window', '-x', String(cols), '-y', String(rows));
				const small = cols < 30 || rows < 8;
				await poll(
					pane,
					(text) => (small ? text.includes('30×8') : text.includes('个人资料') && !text.includes('30×8')),
					{what: `the app at ${cols}×${rows}`, describe: String},
				);
			}

			tmux('send-keys', 'q');
			await poll(pane, (text) => text.includes('ended'), {what: 'the app to end', describe: String});
			assert.ok(history() >= before, `history after: ${history()}, before: ${before}`);
		} finally {
			spawnSync('tmux', ['-L', server, 'kill-server']);
		}
	});
});
