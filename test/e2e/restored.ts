import assert from 'node:assert/strict';
import {stripVTControlCharacters} from 'node:util';
import {modesLeftChanged} from '../support/byte-stream.js';
import {frameText} from '../support/screen.js';
import type {Session} from './harness.js';
import {ttyRestored} from './shells.js';

const enter = '\u001B[?1049h';
const leave = '\u001B[?1049l';
const showCursor = '\u001B[?25h';
const hideCursor = '\u001B[?25l';
// Ink ends each frame with the end of a synchronized update.
const frameEnd = '\u001B[?2026l';

/** The terminal is as the CLI found it: normal screen, cursor shown, no mode left on, raw mode off. */
export default function assertRestored(session: Session) {
	const bytes = session.output();
	const left = bytes.lastIndexOf(leave);
	assert.ok(bytes.indexOf(enter) >= 0 && left > bytes.lastIndexOf(enter), 'the alternate screen is left, last');
	assert.ok(bytes.lastIndexOf(showCursor) > bytes.lastIndexOf(hideCursor), 'the cursor is shown, last');
	const lastFrame = bytes.lastIndexOf(frameEnd);
	assert.ok(lastFrame > 0 && bytes.lastIndexOf(showCursor) > lastFrame, 'the cursor is shown after the last frame');
	assert.ok(left > lastFrame, 'the alternate screen is left after the last frame');
	assert.deepEqual(modesLeftChanged(bytes), [], 'no mode left on');
	// After the alternate screen: only the shell's line, nothing drawn on the user's screen.
	assert.equal(stripVTControlCharacters(bytes.slice(left)), `${ttyRestored}\r\n`, 'raw mode and echo as before');
	assert.equal(session.terminal.buffer.active.type, 'normal');
	assert.equal(session.text().trim(), ttyRestored, frameText(session.text()));
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
