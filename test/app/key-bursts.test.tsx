import assert from 'node:assert/strict';
import {test} from 'node:test';
import {maxQuery} from '../../source/keys/query-edit.js';
import {draw, unmountAfterEach} from '../support/draw.js';

unmountAfterEach();

// Keys that come in one read (a paste where the terminal does not mark pastes, a key held
// down over a slow link, a flood) each apply, in order, and cost the app one frame: not a
// frame each, which would hold the process (and, over SSH, every visitor) for as long.

const menuMark = /› (\d) /;
const selectedEntry = (frame: string) => Number(menuMark.exec(frame)?.[1]);

/** The app at 100×14 with its first frame drawn, and how many frames it drew. */
async function start() {
	const app = draw(100, 14);
	const first = await app.waitFor((frame) => selectedEntry(frame) === 1);
	return {...app, first, drawn: () => app.frames.length};
}

test('600 keys in one read: each applies in order, and the app draws one frame for them', async () => {
	const app = await start();
	const before = app.drawn();
	// Down 300 times then up 297 (the menu stops at its ends), then down 2: the fourth entry.
	app.press(...Array.from({length: 300}, () => 'j'), ...Array.from({length: 297}, () => 'k'), 'j', 'j', 'j');
	const moved = await app.waitFor((frame) => frame !== app.first);
	assert.equal(selectedEntry(moved), 4);
	// A barrier: the next key's frame comes after any the burst still had to draw.
	app.press('k');
	await app.waitFor((frame) => selectedEntry(frame) === 3);
	assert.equal(app.drawn() - before, 2, 'one frame for the burst, one for the key after it');
});

test('a search typed in one read, longer than a query: the query is cut, found once, and drawn once', async () => {
	const app = await start();
	const before = app.drawn();
	const word = 'abcde';
	// The letters typed end in `b`; the query, cut at its limit, in `e`.
	app.press('/', ...Array.from({length: 4 * maxQuery + 2}, (_, index) => word[index % word.length]!));
	const typed = await app.waitFor((frame) => frame.includes('abcdeabcde'));
	assert.match(typed, /abcde +\S/, 'the query line ends where the query was cut');
	app.press('ctrl-u');
	await app.waitFor((frame) => !frame.includes('abcde'));
	assert.equal(app.drawn() - before, 2, 'one frame for the burst, one for Ctrl+U');
});
