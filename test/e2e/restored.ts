import assert from 'node:assert/strict';
import {stripVTControlCharacters} from 'node:util';
import {modesLeftChanged} from '../support/byte-stream.js';
import {cards} from '../support/card-text.js';
import {frameText} from '../support/screen.js';
import type {Session} from './harness.js';
import {ttyRestored} from './shells.js';

const enter = '\u001B[?1049h';
const leave = '\u001B[?1049l';
const showCursor = '\u001B[?25h';
const hideCursor = '\u001B[?25l';
// Ink ends each frame with the end of a synchronized update.
const frameEnd = '\u001B[?2026l';

// What q leaves on the normal screen: the card, in the language shown (the locale's, Chinese).
export const card = cards.zh;

/**
The terminal is as the CLI found it: normal screen, cursor shown, no mode left on, raw mode
off; on the user's screen nothing of the app, or after q its card (`left`).
*/
export default function assertRestored(session: Session, left: readonly string[] = []) {
	const bytes = session.output();
	const leftAt = bytes.lastIndexOf(leave);
	assert.ok(bytes.indexOf(enter) >= 0 && leftAt > bytes.lastIndexOf(enter), 'the alternate screen is left, last');
	assert.ok(bytes.lastIndexOf(showCursor) > bytes.lastIndexOf(hideCursor), 'the cursor is shown, last');
	const lastFrame = bytes.lastIndexOf(frameEnd);
	assert.ok(lastFrame > 0 && bytes.lastIndexOf(showCursor) > lastFrame, 'the cursor is shown after the last frame');
	assert.ok(leftAt > lastFrame, 'the alternate screen is left after the last frame');
	assert.deepEqual(modesLeftChanged(bytes), [], 'no mode left on');
	// After the alternate screen: the card, if any, then the shell's line.
	assert.equal(
		stripVTControlCharacters(bytes.slice(leftAt)).replaceAll('\r', ''),
		[...left, ttyRestored, ''].join('\n'),
		'raw mode and echo as before',
	);
	assert.equal(session.terminal.buffer.active.type, 'normal');
	assert.equal(session.text().trim(), [...left, ttyRestored].join('\n'), frameText(session.text()));
	const {modes} = session.terminal;
	assert.deepEqual(
		{...modes},
		{
			applicationCursorKeysMode: false,
			applicationKeypadMode: false,
			bracketedPasteMode: false,
			insertMode: false,
			mouseTrackingMode: 'none',
			originMode: false,
			reverseWraparoundMode: false,
			sendFocusMode: false,
			synchronizedOutputMode: false,
			wraparoundMode: true,
		},
	);
}

/** What a session left on the normal screen after the app, once it has ended: the line a server's goodbye is, say. */
export async function lastWords(session: Session): Promise<string> {
	await session.exit;
	const bytes = session.output();
	return stripVTControlCharacters(bytes.slice(bytes.lastIndexOf('\u001B[?1049l'))).trim();
}
