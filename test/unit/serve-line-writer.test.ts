import assert from 'node:assert/strict';
import {Writable} from 'node:stream';
import {test} from 'node:test';
import lineWriter from '../../source/serve/operations/line-writer.js';

test('a stream that fails is written to no more, and its error reaches no one', async () => {
	const written: string[] = [];
	let fail = false;
	const stream = new Writable({
		write(chunk: Buffer, _encoding, done) {
			written.push(chunk.toString());
			done(fail ? Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}) : undefined);
		},
	});
	const write = lineWriter(stream);
	write('one\n');
	fail = true;
	write('two\n');
	// Unhandled, the error would fail this test as an uncaught exception.
	await new Promise((resolve) => setImmediate(resolve));
	write('three\n');
	assert.deepEqual(written, ['one\n', 'two\n']);
});

test('a stream that throws as it is written to does not throw into the log', () => {
	const write = lineWriter({
		on: () => undefined as never,
		write: () => {
			throw new Error('closed');
		},
	});
	assert.doesNotThrow(() => write('line\n'));
});
