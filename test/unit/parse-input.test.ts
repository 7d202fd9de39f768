import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {InputEvent} from '../../source/keys/input-event.js';
import {maxPasteBytes} from '../../source/keys/query-edit.js';
import InputParser from '../../source/terminal/parse-input.js';
import {knownKeys, reports} from '../support/key-sequences.js';
import {randomStream, seededRandom} from '../support/random-bytes.js';

/** The events of reads given one after another, with what waits at the end taken as it stands. */
function parse(...reads: ReadonlyArray<string | Uint8Array>): InputEvent[] {
	const events: InputEvent[] = [];
	const parser = new InputParser((event) => events.push(event));
	for (const read of reads) {
		parser.feed(read);
	}

	parser.flush();
	parser.close();
	return events;
}

const keysOf = (...names: string[]) => names.map((name) => ({kind: 'key', name}));

/** The events that act as input: keys and pastes, without the terminal's reports. */
const input = (events: readonly InputEvent[]) => events.filter((event) => event.kind !== 'report');

// Every way to cut `bytes` in two reads.
function* splits(bytes: string | Uint8Array): Generator<[Buffer, Buffer]> {
	const buffer = Buffer.from(bytes);
	for (let at = 1; at < buffer.length; at++) {
		yield [buffer.subarray(0, at), buffer.subarray(at)];
	}
}

test(`${knownKeys.length} key sequences of xterm, VT220, rxvt, the Linux console and kitty, with every modifier, read as their keys, whole and split in two reads anywhere`, () => {
	for (const {bytes, name, terminal} of knownKeys) {
		const expected = keysOf(name);
		assert.deepEqual(parse(bytes), expected, `${terminal}: ${JSON.stringify(bytes)}`);
		for (const [first, second] of splits(bytes)) {
			assert.deepEqual(parse(first, second), expected, `${terminal}: ${JSON.stringify(bytes)} cut at ${first.length}`);
		}
	}
});

test('reports, replies and unknown sequences are no input, whole or split: no byte of them is a key', () => {
	for (const [what, bytes] of reports) {
		assert.deepEqual(input(parse(bytes)), [], what);
		assert.deepEqual(input(parse('j', bytes, 'k')), keysOf('j', 'k'), `${what} between two keys`);
		for (const [first, second] of splits(bytes)) {
			assert.deepEqual(input(parse(first, second)), [], `${what} cut at ${first.length}`);
		}
	}
});

test('the answers to the background query are reports, whole, split anywhere, and between keys', () => {
	const background = (rgb: readonly number[]) => ({kind: 'report', report: {kind: 'background', rgb}});
	const attributes = {kind: 'report', report: {kind: 'attributes'}};
	const answers: ReadonlyArray<readonly [string, object]> = [
		['\u001B]11;rgb:ffff/ffff/ffff\u001B\\', background([1, 1, 1])],
		['\u001B]11;rgb:0000/0000/0000\u0007', background([0, 0, 0])],
		['\u001B]11;rgb:ff/80/00\u0007', background([1, 128 / 255, 0])],
		['\u001B]11;rgba:0000/0000/0000/e5e5\u001B\\', background([0, 0, 0])],
		['\u001B]11;#fff\u0007', background([1, 1, 1])],
		['\u001B]11;#00002b2b3636\u0007', background([0, 0x2b2b / 0xffff, 0x3636 / 0xffff])],
		['\u001B[?64;1;2;6;9;15;16;17;18;21;22;28c', attributes],
		['\u001B[?1;2c', attributes],
		['\u001B[?6c', attributes],
	];
	for (const [bytes, report] of answers) {
		assert.deepEqual(parse(bytes), [report], JSON.stringify(bytes));
		assert.deepEqual(parse(`j${bytes}k`), [...keysOf('j'), report, ...keysOf('k')], JSON.stringify(bytes));
		for (const [first, second] of splits(bytes)) {
			assert.deepEqual(parse(first, second), [report], `${JSON.stringify(bytes)} cut at ${first.length}`);
		}
	}

	// Byte by byte, as a slow link may bring it.
	const bytes = '\u001B]11;rgb:ffff/ffff/ffff\u001B\\q';
	assert.deepEqual(parse(...bytes), [background([1, 1, 1]), ...keysOf('q')]);
});

test('an answer cut short by a wait longer than an Esc is dropped, and its rest with it when it comes: never keys', () => {
	const events: InputEvent[] = [];
	const parser = new InputParser((event) => events.push(event));
	// 3 would jump to the third entry, b scroll up a page, g go to the top.
	parser.feed('\u001B]11;rgb:33');
	parser.flush();
	parser.feed('33/3333/3333\u001B');
	parser.feed('\\j');
	assert.deepEqual(events, keysOf('j'));
	parser.feed('\u001B]11;rgb:bbbb/');
	parser.flush();
	parser.feed('gggg/bbbb\u0007k');
	assert.deepEqual(events, keysOf('j', 'k'));
	// A key that is no part of a string ends the dropping: it is read.
	parser.feed('\u001BP1+r');
	parser.flush();
	parser.feed('\u001B[A');
	assert.deepEqual(events, keysOf('j', 'k', 'up'));
	parser.close();
});

test('what is not a background answer is no report: other OSC strings, malformed colours', () => {
	for (const bytes of [
		'\u001B]10;rgb:ffff/ffff/ffff\u0007',
		'\u001B]11;rgb:ffff/ffff\u0007',
		'\u001B]11;rgb:fffff/0/0\u0007',
		'\u001B]11;rgba:ffff/ffff/ffff\u0007',
		'\u001B]11;rgb:ffff/ffff/ffff/ffff\u0007',
		'\u001B]11;#ffff\u0007',
		'\u001B]11;white\u0007',
		'\u001B]11;?\u0007',
		'\u001B]4;1;rgb:ffff/0000/0000\u0007',
		'\u001BP11;rgb:ffff/ffff/ffff\u001B\\',
		'\u001B[>1;10;0c',
		'\u001B[?1;2$c',
	]) {
		assert.deepEqual(parse(bytes), [], JSON.stringify(bytes));
	}
});

test('the sequences that crashed the app or acted as jump keys are keys of their own, or nothing', () => {
	assert.deepEqual(
		parse('\u001B[1;5P\u001B[1;5Q\u001B[1;5R\u001B[1;5S'),
		keysOf('ctrl-f1', 'ctrl-f2', 'ctrl-f3', 'ctrl-f4'),
	);
	assert.deepEqual(parse('\u001B[1;6P\u001B[1;7P\u001B[5P'), keysOf('ctrl-shift-f1', 'ctrl-alt-f1', 'ctrl-f1'));
	assert.deepEqual(parse('\u001B[1;2P'), keysOf('shift-f1'));
	assert.deepEqual(parse('\u001B[1;5M\u001B[<64;10;10M\u001B[12;40R'), []);
});

test('a paste is one paste, never keys, whatever it holds, however it is split', () => {
	const pasted = 'q\u0003\u001B[A5\r中文';
	const bytes = `\u001B[200~${pasted}\u001B[201~`;
	assert.deepEqual(parse(bytes), [{kind: 'paste', text: pasted}]);
	for (const [first, second] of splits(bytes)) {
		assert.deepEqual(parse(first, second), [{kind: 'paste', text: pasted}], `cut at ${first.length}`);
	}

	assert.deepEqual(parse(`j${bytes}k`), [...keysOf('j'), {kind: 'paste', text: pasted}, ...keysOf('k')]);
});

test('Esc alone is Esc once nothing follows; Esc and a key in one read is Alt and that key', async () => {
	assert.deepEqual(parse('\u001B'), keysOf('escape'));
	assert.deepEqual(parse('\u001Bj'), keysOf('alt-j'));
	assert.deepEqual(parse('\u001Bq\u001B1'), keysOf('alt-q', 'alt-1'));
	assert.deepEqual(parse('\u001B\u001B'), keysOf('escape', 'escape'));
	const events: InputEvent[] = [];
	const parser = new InputParser((event) => events.push(event), {escapeDelay: 10});
	parser.feed('\u001B');
	assert.deepEqual(events, [], 'it waits for what may follow');
	await new Promise((resolve) => setTimeout(resolve, 40));
	parser.feed('j');
	assert.deepEqual(events, keysOf('escape', 'j'));
	parser.close();
});

test('typed text: letters, digits, controls and Chinese, one key each, Chinese split between reads', () => {
	assert.deepEqual(
		parse('jk5 \r\t\u007F\u0003\u001A'),
		keysOf('j', 'k', '5', 'space', 'return', 'tab', 'backspace', 'ctrl-c', 'ctrl-z'),
	);
	const chinese = Buffer.from('中文');
	assert.deepEqual(parse(chinese.subarray(0, 1), chinese.subarray(1, 4), chinese.subarray(4)), keysOf('中', '文'));
	assert.deepEqual(parse(Buffer.from([0xff, 0x80, 0x6a])), keysOf('j'), 'bytes that are no UTF-8 are dropped');
});

// The seed and count are in the closing note of the change that made this test.
const seed = 20_261_126;
const streams = 10_000;

test(`${streams} seeded random streams (seed ${seed}): no fault of the parser, and the same events however the stream is cut into reads`, () => {
	const random = seededRandom(seed);
	const faults: unknown[] = [];
	for (let index = 0; index < streams; index++) {
		const stream = randomStream(random);
		const whole = parse(stream);
		faults.push(...feedAll([stream]).faults);
		const cuts = [
			0,
			...Array.from({length: 1 + Math.floor(random() * 4)}, () => Math.floor(random() * stream.length)),
			stream.length,
		].sort((a, b) => a - b);
		const reads = cuts.slice(1).map((end, at) => stream.subarray(cuts[at], end));
		assert.deepEqual(parse(...reads), whole, `stream ${index}: ${stream.toString('hex')}`);
		for (const event of whole) {
			assert.ok(
				event.kind !== 'key' || /^((ctrl|alt|super|hyper|meta|shift)-)*(.|[a-z0-9\\[\]^_-]+)$/u.test(event.name),
				`stream ${index}: ${JSON.stringify(event)}`,
			);
		}
	}
	assert.deepEqual(faults, [], 'the parser never faulted');
});

test('streams of reports alone, cut anywhere, are no input', () => {
	const random = seededRandom(seed + 1);
	for (let index = 0; index < 1000; index++) {
		const picked = Array.from({length: 1 + Math.floor(random() * 6)}, () =>
			Buffer.from(reports[Math.floor(random() * reports.length)]![1]),
		);
		const stream = Buffer.concat(picked);
		const at = Math.floor(random() * stream.length);
		assert.deepEqual(input(parse(stream.subarray(0, at), stream.subarray(at))), [], stream.toString('hex'));
	}
});

test('an Esc, then a sequence or a paste in the same read: Esc, then that sequence or paste', () => {
	assert.deepEqual(parse('\u001B\u001B[200~hello q\u001B[201~'), [
		...keysOf('escape'),
		{kind: 'paste', text: 'hello q'},
	]);
	assert.deepEqual(parse('\u001B\u001B[A'), keysOf('escape', 'up'));
	assert.deepEqual(parse('\u001B[[\u001B[A'), keysOf('up'), 'a Linux console key cut short by another sequence');
});

/** A parser fed `reads`, with every fault of its own kept, and what it held after each read. */
function feedAll(reads: Iterable<string | Uint8Array>) {
	const events: InputEvent[] = [];
	const faults: unknown[] = [];
	const parser = new InputParser((event) => events.push(event), {onFault: (error) => faults.push(error)});
	let held = 0;
	for (const read of reads) {
		parser.feed(read);
		held = Math.max(held, parser.held);
	}

	parser.flush();
	parser.close();
	return {events, faults, held};
}

function* chunks(bytes: string, size = 1024): Generator<string> {
	for (let at = 0; at < bytes.length; at += size) {
		yield bytes.slice(at, at + size);
	}
}

test('hostile streams: runs far longer than any sequence hold little, never throw, and the keys after them come through', () => {
	const cases: ReadonlyArray<readonly [string, string, ReadonlyArray<ReturnType<typeof keysOf>[number] | InputEvent>]> =
		[
			['a CSI of 200,000 digits, then its final byte', `\u001B[${'1'.repeat(200_000)}xj`, keysOf('j')],
			['an SS3 of 200,000 digits', `\u001BO${'5'.repeat(200_000)}Pj`, keysOf('j')],
			['an OSC with no end, cut by Enter', `\u001B]${'a'.repeat(200_000)}\rj`, keysOf('return', 'j')],
			['5,000 Esc', '\u001B'.repeat(5000), keysOf(...Array.from({length: 5000}, () => 'escape'))],
			[
				'a paste of 3 MB',
				`\u001B[200~${'q'.repeat(3_000_000)}\u001B[201~j`,
				[{kind: 'paste', text: 'q'.repeat(maxPasteBytes)}, ...keysOf('j')],
			],
		];
	for (const [what, bytes, expected] of cases) {
		const {events, faults, held} = feedAll(chunks(bytes));
		assert.deepEqual(faults, [], what);
		assert.ok(held <= 4096, `${what}: held ${held} bytes between reads`);
		assert.deepEqual(events, expected, what);
	}
});

test('a long paste is kept to what a query can take, cut between characters, whatever the reads', () => {
	// Three-byte characters after one ASCII byte: the limit falls inside a character.
	const text = `a${'粘'.repeat(maxPasteBytes)}`;
	const kept = `a${'粘'.repeat(Math.floor((maxPasteBytes - 1) / 3))}`;
	for (const size of [1, 7, 4096, 1 << 20]) {
		assert.deepEqual(
			parse(...chunks(`\u001B[200~${text}\u001B[201~j`, size)),
			[{kind: 'paste', text: kept}, ...keysOf('j')],
			`reads of ${size}`,
		);
	}
});

test('a paste whose end mark never comes ends once nothing more comes: the keys after it work', async () => {
	const events: InputEvent[] = [];
	const parser = new InputParser((event) => events.push(event), {pasteIdle: 20});
	parser.feed('\u001B[200~half a paste');
	await new Promise((resolve) => setTimeout(resolve, 60));
	parser.feed('q');
	parser.close();
	assert.deepEqual(events, [{kind: 'paste', text: 'half a paste'}, ...keysOf('q')]);
});
