import assert from 'node:assert/strict';
import {Writable} from 'node:stream';
import {test} from 'node:test';
import askBackground, {backgroundQueries} from '../../source/terminal/ask-background.js';
import KeyFeed from '../../source/terminal/key-feed.js';
import passthrough from '../../source/terminal/passthrough.js';

test('passthrough: tmux doubles every ESC inside its DCS; screen wraps as it is; outside one, nothing changes', () => {
	const query = '\u001B]11;?\u0007';
	assert.equal(passthrough(query, 'tmux'), '\u001BPtmux;\u001B\u001B]11;?\u0007\u001B\\');
	assert.equal(passthrough('\u001B[c\u001B[c', 'tmux'), '\u001BPtmux;\u001B\u001B[c\u001B\u001B[c\u001B\\');
	assert.equal(passthrough('\u001B[c', 'screen'), '\u001BP\u001B[c\u001B\\');
	assert.equal(passthrough(query, 'none'), query);
});

test('the queries: OSC 11, then DA1 that ends the wait, through the passthrough where the multiplexer answers it', () => {
	assert.equal(backgroundQueries('none'), '\u001B]11;?\u0007\u001B[c');
	assert.equal(backgroundQueries('screen'), '\u001B]11;?\u0007\u001BP\u001B[c\u001B\\');
	assert.equal(backgroundQueries('tmux'), '\u001B]11;?\u0007\u001BPtmux;\u001B\u001B]11;?\u0007\u001B\\');
});

/** A terminal in memory: what the app writes is kept; what the terminal sends goes to `keys`. */
function terminal() {
	const written: string[] = [];
	const output = new Writable({
		write(chunk: Buffer, _encoding, done) {
			written.push(chunk.toString('latin1'));
			done();
		},
	});
	const keys = new KeyFeed();
	return {output, keys, written};
}

test('askBackground: the answer decides, whatever the wait; the query is written once', async () => {
	for (const [answer, expected] of [
		['\u001B]11;rgb:ffff/ffff/ffff\u001B\\', 'light'],
		['\u001B]11;rgb:fdfd/f6f6/e3e3\u0007', 'light'],
		['\u001B]11;rgb:0000/2b2b/3636\u0007', 'dark'],
	] as const) {
		const {output, keys, written} = terminal();
		const asked = askBackground(output, keys, 'none', 60_000);
		assert.deepEqual(written, [backgroundQueries('none')]);
		keys.write(answer.slice(0, 9));
		keys.write(answer.slice(9));
		assert.equal(await asked, expected, answer);
		keys.close();
	}
});

test('askBackground: a DA1 answer first means none is coming: undefined at once', async () => {
	const {output, keys} = terminal();
	const asked = askBackground(output, keys, 'none', 60_000);
	keys.write('\u001B[?1;2c');
	assert.equal(await asked, undefined);
	keys.close();
});

test('askBackground: no answer at all: undefined once the wait is over; keys meanwhile are left to the app', async () => {
	const {output, keys} = terminal();
	const seen: string[] = [];
	keys.subscribe((event) => seen.push(event.kind === 'key' ? event.name : event.kind));
	const asked = askBackground(output, keys, 'tmux', 5);
	keys.write('j');
	assert.equal(await asked, undefined);
	// An answer after the wait: a report the app ignores, never keys.
	keys.write('\u001B]11;rgb:3333/3333/3333\u0007');
	assert.deepEqual(seen, ['j', 'report']);
	keys.close();
});

test('askBackground: an answer that came while the app was busy past the wait is taken, not the timeout', async () => {
	const {output, keys} = terminal();
	const asked = askBackground(output, keys, 'none', 0);
	// Due in the same turn of the loop as the wait's end, and after it: an answer the app had
	// already been sent when it got round to its timers.
	setTimeout(() => keys.write('\u001B]11;rgb:ffff/ffff/ffff\u0007'), 0);
	// The app busy: both timers are due by the time the loop comes back to them.
	const until = Date.now() + 20;
	while (Date.now() < until) {
		// Busy, as a start-up on a loaded machine is.
	}

	assert.equal(await asked, 'light');
	keys.close();
});
