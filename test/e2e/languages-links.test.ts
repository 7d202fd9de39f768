import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {entries, selected} from '../support/fixture-entries.js';
import fixtureResumes from '../support/fixture-resumes.js';
import {frameText} from '../support/screen.js';
import {withSession} from './harness.js';

const size = {cols: 100, rows: 30} as const;
const email = fixtureResumes.zh.basics.email!;
const blogAddress = fixtureResumes.zh.basics.blog!;
/** An OSC 8 link to `target` that shows `text`. */
const link = (target: string, text: string) => `\u001B]8;;${target}\u0007${text}\u001B]8;;\u0007`;
const mailto = link(`mailto:${email}`, email);
const blog = link(blogAddress, blogAddress);
const osc8 = '\u001B]8;';

/** How many times `text` is on the screen. */
const count = (screen: string, text: string) => screen.split(text).length - 1;

describe('links, languages, the help screen and --section in a real terminal', {concurrency: true}, () => {
	test('FORCE_HYPERLINK=1: the e-mail and the blog are OSC 8 links, each address shown once', async () => {
		await withSession({...size, env: {FORCE_HYPERLINK: '1'}}, async (session) => {
			const screen = await session.ready();
			const bytes = session.output();
			assert.ok(bytes.includes(mailto), 'the e-mail in the header is a mailto: link');
			assert.ok(bytes.includes(blog), 'the blog in the header is a link');
			// The header and the profile panel: once each, never `text (url)`.
			assert.equal(count(screen, email), 2, frameText(screen));
			assert.equal(count(screen, blogAddress), 2, frameText(screen));
			assert.equal(count(bytes, `mailto:${email}`), 2, 'the header link and the panel link');
		});
	});

	for (const env of [{}, {FORCE_HYPERLINK: '0', TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.5.0'}]) {
		test(`no links where the terminal may not open them: ${JSON.stringify(env)}`, async () => {
			await withSession({...size, env}, async (session) => {
				const screen = await session.ready();
				assert.ok(screen.includes(`${email} · ${blogAddress}`), frameText(screen));
				assert.equal(session.output().includes(osc8), false, 'no OSC 8 sequence');
			});
		});
	}

	test('a terminal that opens links by the supports-hyperlinks rules gets them: iTerm 3.5', async () => {
		await withSession({...size, env: {TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.5.0'}}, async (session) => {
			await session.ready();
			assert.ok(session.output().includes(mailto));
		});
	});

	test('the locale picks the language; t switches at once and keeps the entry and the line', async () => {
		await withSession({...size, rows: 14, env: {LANG: 'en_US.UTF-8'}}, async (session) => {
			await session.ready('› 1 Profile');
			session.press('5');
			await session.waitForText(selected(5, 'en'));
			session.press('return', 'down', 'down');
			const english = await session.waitForText('━ 3–');
			assert.match(english, /↑↓ scroll {2}Esc menu/);
			session.press('t');
			const chinese = await session.waitForText(selected(5));
			assert.match(chinese, /━ 3–\d+ \/ \d+ ━/, 'the same first line');
			assert.match(chinese, /↑↓ 滚动 {2}Esc 菜单/, 'the footer follows');
			assert.ok(chinese.includes(`┏━ ${entries.zh[4]!.title} ━`), `the panel keeps the focus:\n${frameText(chinese)}`);
			session.press('t');
			assert.equal(await session.waitForText(selected(5, 'en')), english);
		});
	});

	test('--lang en starts in English whatever the locale, ? shows the keys, Esc closes them', async () => {
		await withSession({...size, args: ['--lang', 'en']}, async (session) => {
			const before = await session.ready('› 1 Profile');
			session.press('?');
			const help = await session.waitForText('┏━ Keys ━');
			for (const row of ['Anywhere', '? ', 'show these keys', 'Ctrl+C', 'Esc ? q close']) {
				assert.ok(help.includes(row), `${row}\n${frameText(help)}`);
			}

			session.press('escape');
			assert.equal(await session.waitForText('› 1 Profile'), before);
		});
	});

	// A job by its id, the work (its first job), the skills.
	for (const [section, entry] of [
		[fixtureResumes.zh.work.jobs[2]!.id, 5],
		['work', 3],
		['skills', 2],
	] as const) {
		test(`--section ${section} starts on its entry, its text in the panel`, async () => {
			await withSession({...size, args: ['--section', section]}, async (session) => {
				const screen = await session.ready(selected(entry));
				assert.ok(screen.includes(`─ ${entries.zh[entry - 1]!.title} ─`), frameText(screen));
				assert.equal(count(screen, '› '), 1, 'one entry selected');
			});
		});
	}
});
