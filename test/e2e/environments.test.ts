import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import toPlainText from '../../source/document/plain-text.js';
import afterKeys from '../support/barrier.js';
import {colourSequences, modesLeftChanged} from '../support/byte-stream.js';
import {entries, selected} from '../support/fixture-entries.js';
import fixtureResumes from '../support/fixture-resumes.js';
import {frameText} from '../support/screen.js';
import {focused} from '../support/screen-text.js';
import {type Session, withSession} from './harness.js';
import {shells, ttyRestored} from './shells.js';

// The app prints the résumé it was built from: the fixture's (the terminal's locale is Chinese).
const resume = fixtureResumes.zh;
const fullScreen = '\u001B[?1049h';
const marker = `${ttyRestored}\r\n`;

/** The text a reader sees from printed bytes: escape codes gone, the terminal's CR LF as LF. */
const asRead = (bytes: string) => stripVTControlCharacters(bytes).replaceAll('\r\n', '\n');

/** The CLI printed its text (and the shell its marker after it): nothing full screen, the terminal as it was. */
function assertPrinted(session: Session, width: number) {
	const bytes = session.output();
	assert.ok(bytes.endsWith(marker), `the terminal's modes are as before:\n${bytes.slice(-200)}`);
	const printed = bytes.slice(0, -marker.length);
	assert.equal(asRead(printed), toPlainText(resume, {width: width}));
	assert.ok(!bytes.includes(fullScreen), 'never in the alternate screen');
	assert.deepEqual(modesLeftChanged(bytes), []);
	assert.equal(session.terminal.buffer.active.type, 'normal');
}

/** No colour anywhere, and the selection still shows: bold and inverse. */
async function assertNoColour(session: Session) {
	await session.ready();
	const selected = session.locate('1 个人资料')!;
	const other = session.locate(`2 ${entries.zh[1]!.label}`)!;
	assert.deepEqual(session.attributes(selected.x, selected.y), {bold: true, inverse: true, defaultColors: true});
	assert.deepEqual(session.attributes(other.x, other.y), {bold: false, inverse: false, defaultColors: true});
	session.press('return');
	await session.waitForText(focused.panel);
	// The focused panel's title, in its top border.
	const title = session.locate('━ 个人资料 ━')!;
	assert.deepEqual(session.attributes(title.x + 2, title.y), {bold: true, inverse: true, defaultColors: true});
	for (let y = 0; y < session.terminal.rows; y++) {
		for (let x = 0; x < session.terminal.cols; x++) {
			assert.ok(session.attributes(x, y).defaultColors, `no colour at ${x}, ${y}`);
		}
	}

	session.press('q');
	assert.equal((await session.exit).exitCode, 0);
	assert.deepEqual(colourSequences(session.output()), []);
}

// With no terminal anywhere (stdout a pipe, a reader that closes it): test/e2e/cli.test.ts.
describe('environments', {concurrency: true}, () => {
	for (const cols of [90, 120]) {
		const width = Math.min(cols, 100);
		test(`stdin not a terminal (< /dev/null), ${cols} columns: the résumé at ${width} columns, exit 0`, async () => {
			await withSession({cols, rows: 24, shell: shells.checkTty(' < /dev/null')}, async (session) => {
				assert.equal((await session.exit).exitCode, 0);
				assertPrinted(session, width);
			});
		});
	}

	test('CI=1 in a terminal: the résumé printed, never a blank full screen, exit 0', async () => {
		await withSession({cols: 90, rows: 24, env: {CI: '1'}, shell: shells.checkTty()}, async (session) => {
			assert.equal((await session.exit).exitCode, 0);
			assertPrinted(session, 90);
		});
	});

	test('--width in a terminal: printed at that width, exit 0', async () => {
		await withSession({cols: 90, rows: 24, args: ['--width', '60'], shell: shells.checkTty()}, async (session) => {
			assert.equal((await session.exit).exitCode, 0);
			assertPrinted(session, 60);
		});
	});

	test('TERM=dumb: the résumé as text with no escape codes, exit 0', async () => {
		await withSession({cols: 90, rows: 24, env: {TERM: 'dumb'}, shell: shells.checkTty()}, async (session) => {
			assert.equal((await session.exit).exitCode, 0);
			assertPrinted(session, 90);
			assert.ok(!session.output().includes('\u001B'));
		});
	});

	test('stdout a pipe, stdin the terminal (| cat): plain text, no escape bytes', async () => {
		await withSession({cols: 120, rows: 24, shell: shells.stdoutPipe}, async (session) => {
			assert.equal((await session.exit).exitCode, 0);
			const bytes = session.output();
			assert.ok(!bytes.includes('\u001B'), JSON.stringify(bytes.slice(0, 200)));
			assert.equal(bytes.replaceAll('\r\n', '\n'), toPlainText(resume, {width: 80}));
		});
	});

	test('NO_COLOR=1: no colour codes anywhere; the selection shows in bold and inverse', async () => {
		await withSession({cols: 80, rows: 24, env: {NO_COLOR: '1'}}, assertNoColour);
	});

	test('FORCE_COLOR=0: no colour codes anywhere; the selection shows in bold and inverse', async () => {
		await withSession({cols: 80, rows: 24, env: {FORCE_COLOR: '0'}}, assertNoColour);
	});

	test('FORCE_COLOR=3: colour codes, the selection in colour', async () => {
		await withSession({cols: 80, rows: 24, env: {FORCE_COLOR: '3'}}, async (session) => {
			await session.ready();
			const selected = session.locate('1 个人资料')!;
			assert.deepEqual(session.attributes(selected.x, selected.y), {bold: true, inverse: false, defaultColors: false});
			session.press('q');
			await session.exit;
			assert.ok(colourSequences(session.output()).length > 0);
		});
	});

	test('LANG=C: the Chinese text is drawn as with a UTF-8 locale', async () => {
		const screen = (env: Record<string, string>) =>
			withSession({cols: 80, rows: 24, env}, async (session) => {
				await session.ready();
				const text = await afterKeys(session, '5');
				assert.deepEqual(
					session.frames().flatMap(({faults}) => faults),
					[],
				);
				return text;
			});
		const [c, utf8] = await Promise.all([screen({LANG: 'C', LC_ALL: 'C'}), screen({})]);
		assert.ok(c.includes(selected(5)) && c.includes(entries.zh[4]!.title), frameText(c));
		assert.equal(c, utf8);
	});

	test('250 columns: no line of text in the panel is wider than 100 columns', async () => {
		await withSession({cols: 250, rows: 40}, async (session) => {
			await session.ready();
			await afterKeys(session, '5');
			assert.deepEqual(session.wrappedRows(), []);
			const [menu, panel, ...others] = session.frames();
			assert.deepEqual(others, []);
			assert.equal(panel?.right, 249, frameText(session.text()));
			assert.deepEqual([...menu!.faults, ...panel!.faults], []);
			// Text starts after the border and a column of padding.
			const textStart = panel!.left + 2;
			const widths = session
				.screen()
				.slice(panel!.top + 1, panel!.bottom)
				.map((_, index) => {
					const cells = session.cells(panel!.top + 1 + index).slice(textStart, panel!.right);
					const last = cells.findLastIndex((cell) => cell.char.trim() !== '' || cell.width === 0);
					return last + 1;
				});
			const widest = Math.max(...widths);
			assert.ok(widest <= 100, `a line ${widest} columns wide:\n${frameText(session.text())}`);
			assert.ok(widest > 90, `long lines wrap near 100 columns, not narrower: ${widest}`);
		});
	});
});
