import assert from 'node:assert/strict';
import {PassThrough} from 'node:stream';
import {test} from 'node:test';
import type {InputEvent} from '../../source/keys/input-event.js';
import KeyFeed from '../../source/terminal/key-feed.js';

test("an error thrown by one listener goes to onError, not out of the input's event: the other listeners still hear the key", () => {
	const input = new PassThrough();
	const errors: unknown[] = [];
	const heard: InputEvent[] = [];
	const feed = new KeyFeed({input, onError: (error) => errors.push(error)});
	feed.subscribe(() => {
		throw new Error('a fault of one app');
	});
	feed.subscribe((event) => heard.push(event));
	input.emit('data', Buffer.from('j'));
	assert.deepEqual(heard, [{kind: 'key', name: 'j'}]);
	assert.deepEqual(
		errors.map((error) => (error as Error).message),
		['a fault of one app'],
	);
	feed.close();
	input.emit('data', Buffer.from('k'));
	assert.equal(heard.length, 1, 'closed: the input is let go');
});

test("a feed with a share hands on what the share admits, the terminal's answers counted like keys", () => {
	let share = 2;
	const feed = new KeyFeed({admit: () => share-- > 0});
	const heard: string[] = [];
	feed.subscribe((event) => heard.push(event.kind === 'key' ? event.name : event.kind));
	feed.write('j\u001B]11;rgb:0000/0000/0000\u0007');
	feed.write('\u001B]11;rgb:0000/0000/0000\u0007k');
	assert.deepEqual(heard, ['j', 'report']);
});
