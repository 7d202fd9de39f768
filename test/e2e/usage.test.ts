import assert from 'node:assert/strict';
import {test} from 'node:test';
import {withSession} from './harness.js';

// Every wrong flag and value is checked piped, in test/e2e/cli.test.ts; here, the one line in a terminal.
test('--nope in a terminal: the one line, no full screen', async () => {
	await withSession({cols: 80, rows: 24, args: ['--nope']}, async (session) => {
		assert.deepEqual(await session.exit, {exitCode: 2, signal: null});
		assert.equal(session.output(), 'manjusaka: 未知选项 --nope（见 manjusaka --help）\r\n');
	});
});
