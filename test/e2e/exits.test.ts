import assert from 'node:assert/strict';
import {constants} from 'node:os';
import {describe, test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import {modesLeftChanged} from '../support/byte-stream.js';
import {frameText} from '../support/screen.js';
import {focused} from '../support/screen-text.js';
import {play} from '../support/steps.js';
import {type Session, withSession} from './harness.js';
import {shells, ttyRestored} from './shells.js';

const enter = '\u001B[?1049h';
const leave = '\u001B[?1049l';
const showCursor = '\u001B[?25h';
const hideCursor = '\u001B[?25l';
// Ink ends each frame with the end of a synchronized update.
const frameEnd = '\u001B[?2026l';

// What q leaves on the normal screen: the card, in the language shown (the locale's, Chinese).
const card = [
	'╭─ Manjusaka · Senior SRE',
	'│  邮箱  me@manjusaka.me',
	'│  博客  https://manjusaka.blog',
	'│  保存完整简历，纯文本或 JSON Resume：',
	'│    npx manjusaka --lang zh > cv.txt',
	'│    npx manjusaka --lang zh --format json > resume.json',
	'╰─',
];

/**
The terminal is as the CLI found it: normal screen, cursor shown, no mode left on, raw mode
off; on the user's screen nothing of the app, or after q its card (`left`).
*/
function assertRestored(session: Session, left: readonly string[]) {
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

const ways: ReadonlyArray<readonly [string, number, (session: Session) => void]> = [
	['q', 0, (session) => session.press('q')],
	['Ctrl+C', 130, (session) => session.press('ctrl-c')],
	['SIGTERM', 143, (session) => session.signal('SIGTERM')],
	['SIGHUP', 129, (session) => session.signal('SIGHUP')],
	// Every other signal whose default action ends the process, as SIGTERM.
	...(['SIGQUIT', 'SIGUSR2', 'SIGALRM', 'SIGVTALRM', 'SIGXCPU'] as const).map(
		(signal) => [signal, 128 + constants.signals[signal], (session: Session) => session.signal(signal)] as const,
	),
];

describe('every way out leaves the terminal as it was; q leaves a card on it, the others nothing', {
	concurrency: true,
}, () => {
	for (const [way, exitCode, end] of ways) {
		test(`${way}: exit ${exitCode}, the terminal restored`, async () => {
			await withSession({cols: 80, rows: 24, shell: shells.checkTty()}, async (session) => {
				await session.ready();
				// Into the panel first: more than one frame drawn, the focus away from where it starts.
				await play(session, [
					['5', '› 5 '],
					['return', focused.panel],
				]);
				end(session);
				assert.deepEqual(await session.exit, {exitCode, signal: null});
				assertRestored(session, way === 'q' ? card : []);
			});
		});
	}
});
