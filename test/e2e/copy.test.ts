import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fixtureResumes from '../support/fixture-resumes.js';
import {frameText} from '../support/screen.js';
import {withSession} from './harness.js';

const email = fixtureResumes.zh.basics.email!;
const address = Buffer.from(email).toString('base64');
const osc52 = `\u001B]52;c;${address}\u0007`;

/** How many times `part` is in `text`. */
const count = (text: string, part: string) => text.split(part).length - 1;

describe('c asks the terminal to copy the e-mail address', {concurrency: true}, () => {
	for (const [where, env, bytes] of [
		['a terminal', {}, osc52],
		['tmux (TMUX set): its passthrough', {TMUX: '/tmp/tmux-0/default,1,0'}, `\u001BPtmux;\u001B${osc52}\u001B\\`],
		['screen (STY set): a DCS', {STY: '1.pts-0.host'}, `\u001BP${osc52}\u001B\\`],
	] as const) {
		test(`in ${where}: OSC 52 exactly, once; the footer says the terminal was asked, then shows the keys again`, async () => {
			await withSession({cols: 80, rows: 24, env}, async (session) => {
				const before = await session.ready();
				assert.equal(count(session.output(), ']52;'), 0);
				session.press('c');
				const asked = await session.waitForText(`已请终端复制 ${email}`);
				assert.equal(count(session.output(), bytes), 1);
				assert.equal(count(session.output(), ']52;'), 1, 'written once, and only so');
				assert.equal(asked.split('\n').at(-1), ` 已请终端复制 ${email}`, frameText(asked));
				// The notice goes by itself.
				assert.equal(await session.waitFor((screen) => screen === before), before);
			});
		});
	}

	test('in English, from the panel, at 40 columns: the notice cut to the width', async () => {
		await withSession({cols: 40, rows: 12, env: {LANG: 'en_US.UTF-8'}}, async (session) => {
			await session.ready('› 1 Profile');
			session.press('return', 'c');
			// Cut to the 40 columns, its last one the ellipsis.
			const notice = ` Asked the terminal to copy ${email}`.slice(0, 39);
			const asked = await session.waitForText(`${notice}…`);
			assert.ok(asked.includes('┏━ Profile'), frameText(asked));
			assert.equal(count(session.output(), osc52), 1);
		});
	});
});
