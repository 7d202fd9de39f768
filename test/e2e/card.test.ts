import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {palettes} from '../../source/theme/palette.js';
import {cards} from '../support/card-text.js';
import fixtureResumes from '../support/fixture-resumes.js';
import {frameText} from '../support/screen.js';
import {withSession} from './harness.js';

const leave = '\u001B[?1049l';
const english = cards.en;
const email = fixtureResumes.en.basics.email!;
const blog = fixtureResumes.en.basics.blog!;
/** An OSC 8 link to `target` that shows `text`. */
const link = (target: string, text: string) => `\u001B]8;;${target}\u0007${text}\u001B]8;;\u0007`;

describe('the card q leaves on the normal screen', {concurrency: true}, () => {
	test('after t and q: in English, the address and the blog as links, in the colours of a light background', async () => {
		const env = {FORCE_HYPERLINK: '1', COLORFGBG: '0;15'};
		await withSession({cols: 80, rows: 24, env}, async (session) => {
			await session.ready();
			session.press('t');
			await session.waitForText('› 1 Profile');
			session.press('q');
			assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
			await session.flushed();
			const rows = session.screen();
			assert.deepEqual(rows.slice(0, english.length), english, frameText(session.text()));
			const after = session.output().slice(session.output().lastIndexOf(leave));
			assert.ok(after.includes(link(`mailto:${email}`, email)));
			assert.ok(after.includes(link(blog, blog)));
			assert.equal(session.foreground(3, 0), palettes.light.accent.ansi256, 'the name in the accent');
			assert.equal(session.foreground(0, 0), palettes.light.border.ansi256, 'the corner in the border colour');
		});
	});

	test('after Ctrl+C on the help screen, and after SIGTERM: no card', async () => {
		for (const end of ['ctrl-c', 'SIGTERM'] as const) {
			await withSession({cols: 80, rows: 24}, async (session) => {
				await session.ready();
				session.press('?');
				await session.waitForText('━ 按键 ━');
				if (end === 'ctrl-c') {
					session.press('ctrl-c');
				} else {
					session.signal('SIGTERM');
				}

				await session.exit;
				await session.flushed();
				const after = session.output().slice(session.output().lastIndexOf(leave) + leave.length);
				assert.equal(after, '', `${end}: nothing after the alternate screen`);
				assert.equal(session.text().trim(), '', frameText(session.text()));
			});
		}
	});
});
