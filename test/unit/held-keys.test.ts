import assert from 'node:assert/strict';
import {test} from 'node:test';
import {type InputEvent, key} from '../../source/keys/input-event.js';
import heldKeys from '../../source/terminal/held-keys.js';
import KeyFeed from '../../source/terminal/key-feed.js';

const names = (events: readonly InputEvent[]) =>
	events.map((event) => (event.kind === 'key' ? event.name : event.kind));

test('keys before the first listener are handed to it first, in order; reports are not held', () => {
	const feed = new KeyFeed();
	const keys = heldKeys(feed);
	feed.write('jk');
	feed.write('\u001B[?62;22c');
	const heard: InputEvent[] = [];
	keys.subscribe((event) => heard.push(event));
	assert.deepEqual(names(heard), ['j', 'k']);
	feed.write('q\u001B[?62;22c');
	assert.deepEqual(names(heard), ['j', 'k', 'q', 'report']);
});

test('at most 64 are held: a flood before the first frame is not kept', () => {
	const feed = new KeyFeed();
	const keys = heldKeys(feed);
	feed.write('j'.repeat(1000));
	const heard: InputEvent[] = [];
	keys.subscribe((event) => heard.push(event));
	assert.deepEqual(
		heard,
		Array.from({length: 64}, () => key('j')),
	);
});
