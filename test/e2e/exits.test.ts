import assert from 'node:assert/strict';
import {constants} from 'node:os';
import {describe, test} from 'node:test';
import {focused} from '../support/screen-text.js';
import {play} from '../support/steps.js';
import {type Session, withSession} from './harness.js';
import assertRestored, {card} from './restored.js';
import {shells} from './shells.js';

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

test('SIGUSR1 opens no inspector and writes nothing: the app goes on, and q still ends it with 0', async () => {
	await withSession({cols: 80, rows: 24}, async (session) => {
		await session.ready();
		const before = session.output().length;
		session.signal('SIGUSR1');
		// Keys after the signal are read and drawn: the process took it and went on.
		await play(session, [['5', '› 5 ']]);
		assert.doesNotMatch(session.output().slice(before), /Debugger|inspector/);
		session.press('q');
		assert.deepEqual(await session.exit, {exitCode: 0, signal: null});
	});
});
