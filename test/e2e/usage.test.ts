import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {describe, test} from 'node:test';
import {cleanEnv, cli, root, withSession} from './harness.js';

type Result = {readonly code: number | null; readonly stdout: string; readonly stderr: string};

function run(args: readonly string[]): Promise<Result> {
	return new Promise((resolve) => {
		const child = execFile(process.execPath, [cli, ...args], {cwd: root, env: cleanEnv()}, (error, stdout, stderr) => {
			resolve({code: error ? (error.code as number) : 0, stdout, stderr});
		});
		child.stdin?.end();
	});
}

const cases: ReadonlyArray<readonly [args: readonly string[], names: string]> = [
	[['--width', '0'], '"0"'],
	[['--width', '-5'], '"-5"'],
	[['--width', 'abc'], '"abc"'],
	[['--width', '100000'], '"100000"'],
	[['--nope'], '--nope'],
];

describe('a wrong flag or value: one line on stderr, exit 2', {concurrency: true}, () => {
	for (const [args, names] of cases) {
		test(args.join(' '), async () => {
			const {code, stdout, stderr} = await run(args);
			assert.equal(code, 2, stderr);
			assert.equal(stdout, '');
			assert.match(stderr, /^manjusaka: [^\n]+\n$/);
			assert.ok(stderr.includes(names), `the line names what is wrong: ${stderr}`);
		});
	}

	test('--nope in a terminal: the one line, no full screen', async () => {
		await withSession({cols: 80, rows: 24, args: ['--nope']}, async (session) => {
			assert.deepEqual(await session.exit, {exitCode: 2, signal: null});
			assert.equal(session.output(), 'manjusaka: 未知选项 --nope（见 manjusaka --help）\r\n');
		});
	});
});
