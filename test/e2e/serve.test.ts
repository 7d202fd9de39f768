import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {after, before, describe, test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import {type KeyboardInteractiveAuthMethod, Client as SshClient} from 'ssh2';
import card from '../../source/document/card.js';
import stringsFor from '../../source/strings/index.js';
import createTheme from '../../source/theme/theme.js';
import resumes from '../support/fixture-resumes.js';
import poll from '../support/poll.js';
import {type Session, start} from './harness.js';
import assertRestored from './restored.js';
import {runServeCli as runCli, runSsh, ServerProcess, sshArgs} from './server-process.js';
import {shells} from './shells.js';
import {Visitor} from './ssh2-visitor.js';

// The OpenSSH client against `manjusaka serve`, on the loopback: what a visitor sees. One
// server for the file: its tests run one after another, and count what they cause as deltas.

// The third entry of the menu: the first job, named by the first word of its company.
const [firstJob] = resumes.zh.work.jobs;
const thirdEntry = `› 3 ${firstJob!.company.split(' ')[0]}`;

/** The card q leaves over SSH, in Chinese, as the reader sees it: `card()` itself is checked in card.test.ts. */
const sshCard = card(
	resumes.zh.basics,
	'zh',
	stringsFor('zh'),
	createTheme({colorLevel: 0, background: 'dark', unicode: true, hyperlinks: false}),
	'ssh',
).map((line) => stripVTControlCharacters(line));

let server: ServerProcess;
before(async () => {
	server = await ServerProcess.start();
});
after(() => server.close());

/** The app over ssh in a terminal of `cols` × `rows`, with the terminal's modes checked when ssh ends. */
function visit(server: ServerProcess, cols: number, rows: number, user = 'visitor'): Session {
	return start({cols, rows, command: sshArgs(server.port, user, ['-t']), shell: shells.checkTty()});
}

describe('serve: a visitor with a terminal', () => {
	test('gets the app at its size; keys work; q ends with 0 and the terminal as it was', async () => {
		const logged = server.logs.length;
		const session = visit(server, 100, 30);
		try {
			await session.ready();
			session.press('down', 'down', 'return');
			const panel = await session.waitForText(firstJob!.results!.title);
			assert.ok(panel.includes(thirdEntry), panel);
			// What a visitor types reaches no log (read once the session has ended); how fast its frames came reaches the metrics.
			const typed = 'typedQuery';
			session.write(`/${typed}`);
			await session.waitForText(`/${typed}`);
			session.press('escape');
			await session.waitFor((text) => !text.includes(`/${typed}`));
			await poll(
				() => server.metric('manjusaka_key_to_frame_seconds_count'),
				(count) => count > 0,
				{what: 'key-to-frame times in /metrics'},
			);
			// The help lists the keys that work over SSH: Ctrl+Z, which needs job control, is not one.
			session.press('?');
			const help = await session.waitForText('Ctrl+C');
			assert.ok(!help.includes('Ctrl+Z'), help);
			session.press('?');
			await session.waitFor((text) => !text.includes('Ctrl+C'));
			session.press('q');
			assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
			// The card q leaves reaches the visitor's screen too, line by line, with the commands of ssh.
			assertRestored(session, sshCard);
			await server.waitForLog((event) => event.event === 'session-end' && server.logs.indexOf(event) >= logged);
			assert.ok(!JSON.stringify(server.logs).includes(typed), 'the typed query is in no log');
		} finally {
			await session.close();
		}
	});

	test('a window change redraws exactly as a fresh start at the new size', async () => {
		const resized = visit(server, 100, 30);
		const fresh = visit(server, 60, 20);
		try {
			// Each on the third entry before anything is compared: a loaded machine can be slow to draw it.
			const onThird = (text: string) => text.includes(thirdEntry);
			await Promise.all([fresh.ready(), resized.ready()]);
			fresh.press('down', 'down');
			resized.press('down', 'down');
			await Promise.all([fresh.waitFor(onThird), resized.waitFor(onThird)]);
			await resized.resize(60, 20);
			// Both whole frames, the same: a frame either draws later is waited for, not missed.
			await poll(
				async () => ({same: (await fresh.whole()) && (await resized.whole()) && resized.text() === fresh.text()}),
				({same}) => same,
				{what: 'the resized screen to be the fresh one', describe: () => `${resized.text()}\n---\n${fresh.text()}`},
			);
		} finally {
			await Promise.all([resized.close(), fresh.close()]);
		}
	});

	test("TERM=dumb: the résumé printed at the terminal's width, no full screen, exit 0", async () => {
		const session = start({
			cols: 60,
			rows: 40,
			env: {TERM: 'dumb'},
			command: sshArgs(server.port, 'en', ['-t']),
		});
		try {
			assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
			const printed = runCli(['--plain', '--lang', 'en', '--width', '60']).stdout;
			assert.equal(session.output().replaceAll('\r\n', '\n'), printed);
		} finally {
			await session.close();
		}
	});

	test('Ctrl+C ends with 130; the user name en reads it in English', async () => {
		const session = visit(server, 100, 30, 'en');
		try {
			await session.ready('Profile');
			session.press('ctrl-c');
			assert.deepEqual(await session.exit, {exitCode: 130, signal: null});
			assertRestored(session);
		} finally {
			await session.close();
		}
	});
});

test('a dozen apps at once: the log stays one JSON object a line (each app once added a process listener, and the 11th made Node warn on stderr)', async () => {
	// 6 from each of two addresses: below the 8 sessions an address may hold.
	const froms = ['127.0.0.2', '127.0.0.3'].flatMap((from) => Array.from({length: 6}, () => from));
	const visitors = await Promise.all(froms.map((from) => Visitor.open(server.port, {from})));
	try {
		await Promise.all(visitors.map((visitor) => visitor.waitFor('Profile')));
		const started = server.logs.filter(({event}) => event === 'session-start').length;
		assert.ok(started >= visitors.length, `${started} sessions started`);
	} finally {
		for (const visitor of visitors) {
			visitor.end();
		}
	}

	await Promise.all(visitors.map((visitor) => visitor.closed));
	// Every session's end is logged after anything it could have made Node print.
	await poll(
		() => server.metric('manjusaka_active_sessions'),
		(count) => count === 0,
		{what: 'every session ended'},
	);
	assert.deepEqual(server.notJson, []);
});

describe('serve: without a terminal', () => {
	test('no pty: exactly what manjusaka --plain prints, exit 0', () => {
		const local = runCli(['--plain']);
		const remote = runSsh(server.port);
		assert.equal(remote.status, 0, remote.stderr);
		assert.equal(remote.stdout, local.stdout);
		assert.equal(remote.stderr, '');
	});

	test('the user name en, or the client LANG, chooses English', () => {
		const english = runCli(['--plain', '--lang', 'en']).stdout;
		assert.equal(runSsh(server.port, {user: 'en'}).stdout, english);
		const sent = runSsh(server.port, {options: ['-o', 'SetEnv=LANG=en_US.UTF-8']});
		assert.equal(sent.stdout, english);
	});

	test('no password, ever: a client that prefers keyboard-interactive or a password gets in without a prompt', async () => {
		const batch = ['-o', 'BatchMode=yes'];
		const interactive = runSsh(server.port, {
			options: [...batch, '-o', 'PreferredAuthentications=keyboard-interactive'],
		});
		assert.equal(interactive.status, 0, interactive.stderr);
		// BatchMode fails where a prompt would be needed; the `none` method every client tries first is accepted.
		const password = runSsh(server.port, {options: [...batch, '-o', 'PreferredAuthentications=password']});
		assert.equal(password.status, 0, password.stderr);
		// A client that offers keyboard-interactive alone gets in through it, with no prompt to show.
		assert.deepEqual(await keyboardInteractivePrompts(server.port), []);
		const refused = await server.metric('manjusaka_refusals_total', 'reason="env"');
		const variables = runSsh(server.port, {options: ['-o', 'SetEnv=LANG=en_US.UTF-8 SECRET=1 LD_PRELOAD=x']});
		assert.equal(variables.status, 0, variables.stderr);
		assert.equal(await server.metric('manjusaka_refusals_total', 'reason="env"'), refused + 2);
	});

	test('a command is read by the CLI flag parser: formats, sections, widths', () => {
		const json = runSsh(server.port, {command: ['--format', 'json', '--lang', 'en']});
		assert.equal(json.status, 0, json.stderr);
		assert.equal(json.stdout, runCli(['--format', 'json', '--lang', 'en']).stdout);
		for (const args of [
			['--section', resumes.zh.work.jobs.at(-1)!.id],
			['-w', '40'],
			['--format', 'markdown'],
		]) {
			const ran = runSsh(server.port, {command: args});
			assert.equal(ran.stdout, runCli(args).stdout, args.join(' '));
		}

		assert.equal(runSsh(server.port, {command: ['--version']}).stdout, runCli(['--version']).stdout);
	});

	test('--help says how to call it with ssh: no npx, no local environment, no Ctrl+Z', () => {
		for (const [user, called] of [
			['zh', '$ ssh [-p 端口] 主机 [-- 选项]'],
			['en', '$ ssh [-p PORT] HOST [-- options]'],
		] as const) {
			const help = runSsh(server.port, {user, command: ['--help']});
			assert.equal(help.status, 0, help.stderr);
			assert.ok(help.stdout.includes(called), help.stdout);
			for (const word of ['npx', 'NO_COLOR', 'FORCE_COLOR', 'COLORFGBG', 'Ctrl+Z']) {
				assert.ok(!help.stdout.includes(word), `${word} in:\n${help.stdout}`);
			}
		}
	});

	test('a usage error: one line on stderr pointing to the help over ssh, exit 2; serve and shell syntax are not commands', () => {
		const seeHelp = '（见 ssh [-p 端口] 主机 -- --help）';
		for (const [args, line] of [
			[['--bogus'], runCli(['--bogus']).stderr.replace('（见 manjusaka --help）', seeHelp)],
			[['serve'], `manjusaka: 多余的参数 "serve"${seeHelp}\n`],
			[['--plain', '|', 'cat'], `manjusaka: 多余的参数 "|"${seeHelp}\n`],
			[['$(id)'], `manjusaka: 多余的参数 "("${seeHelp}\n`],
		] as const) {
			const ran = runSsh(server.port, {command: args});
			assert.equal(ran.status, 2, args.join(' '));
			assert.equal(ran.stderr, line, args.join(' '));
			assert.equal(ran.stdout, '');
		}
	});

	test('sftp and port forwarding either way are refused, and counted', async () => {
		const refusals = (reason: string) => server.metric('manjusaka_refusals_total', `reason="${reason}"`);
		const [subsystems, forwardings] = [await refusals('subsystem'), await refusals('forwarding')];
		const sftp = execFileSyncStatus('sftp', [
			'-F',
			'/dev/null',
			'-P',
			`${server.port}`,
			'-o',
			'StrictHostKeyChecking=no',
			'-o',
			'UserKnownHostsFile=/dev/null',
			'-b',
			'/dev/null',
			'127.0.0.1',
		]);
		assert.notEqual(sftp, 0);
		const stdio = runSsh(server.port, {options: ['-W', '127.0.0.1:22']});
		assert.equal(stdio.status, 255);
		assert.match(stdio.stderr, /stdio forwarding failed/);
		const remote = runSsh(server.port, {options: ['-N', '-o', 'ExitOnForwardFailure=yes', '-R', '0:127.0.0.1:22']});
		assert.equal(remote.status, 255);
		assert.match(remote.stderr, /forwarding failed/);
		assert.equal(await refusals('subsystem'), subsystems + 1);
		assert.equal(await refusals('forwarding'), forwardings + 2);
	});
});

/**
Logs in with keyboard-interactive as the only method, and returns the prompts the server
sent: ssh2 answers a round without prompts itself, and calls `prompt` only for one with some.
*/
async function keyboardInteractivePrompts(port: number): Promise<unknown[]> {
	const client = new SshClient();
	let asked: unknown[] | undefined;
	const method: KeyboardInteractiveAuthMethod = {
		type: 'keyboard-interactive',
		username: 'en',
		prompt(_name, _instructions, _language, prompts, finish) {
			asked = prompts;
			finish([]);
		},
	};
	try {
		await new Promise<void>((resolve, reject) => {
			client.once('ready', resolve).once('error', reject);
			client.connect({
				host: '127.0.0.1',
				port,
				username: 'en',
				authHandler: [method],
			});
		});
	} finally {
		client.end();
	}

	return asked ?? [];
}

/** A program's exit status, its output ignored. */
function execFileSyncStatus(program: string, args: readonly string[]): number {
	try {
		execFileSync(program, args, {stdio: 'ignore', timeout: 20_000});
		return 0;
	} catch (error) {
		return (error as {status: number}).status;
	}
}
