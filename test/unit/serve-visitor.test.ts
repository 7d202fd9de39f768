import assert from 'node:assert/strict';
import {test} from 'node:test';
import {defaultOptions, type Options} from '../../source/cli/options.js';
import planRun from '../../source/cli/plan.js';
import {
	acceptsVariable,
	visitorCapabilities,
	visitorLanguage,
	visitorTerminal,
} from '../../source/serve/visit/visitor.js';

// What a visitor's app is drawn with, as a session plans it: with a pty of 80 columns.
function appCapabilities(env: Record<string, string>, flags: Partial<Options> = {}) {
	const visitor = {user: 'x', env};
	const options = {...defaultOptions('zh'), ...flags};
	const plan = planRun(options, env, visitorTerminal(visitor, 80, options.color));
	assert.equal(plan.kind, 'app');
	return visitorCapabilities(visitor, plan as Extract<typeof plan, {kind: 'app'}>, options.language);
}

test('the language: the user name en or zh, else the locale the client sent, else Chinese', () => {
	assert.equal(visitorLanguage({user: 'en', env: {LANG: 'zh_CN.UTF-8'}}), 'en');
	assert.equal(visitorLanguage({user: 'zh', env: {LANG: 'en_US.UTF-8'}}), 'zh');
	assert.equal(visitorLanguage({user: 'visitor', env: {LANG: 'en_GB.UTF-8'}}), 'en');
	assert.equal(visitorLanguage({user: 'visitor', env: {LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN'}}), 'en');
	assert.equal(visitorLanguage({user: 'visitor', env: {}}), 'zh');
});

test('colours from the client TERM and COLORTERM, not from the server own', () => {
	const level = (env: Record<string, string>, color: 'auto' | 'always' | 'never' = 'auto') =>
		env.TERM === 'dumb'
			? planRun({...defaultOptions('zh'), color}, env, visitorTerminal({user: 'x', env}, 80, color)).colorLevel
			: appCapabilities(env, {color}).colorLevel;
	assert.equal(level({TERM: 'xterm'}), 1);
	assert.equal(level({TERM: 'xterm-256color'}), 2);
	assert.equal(level({TERM: 'xterm-256color', COLORTERM: 'truecolor'}), 3);
	assert.equal(level({TERM: 'xterm-direct'}), 3);
	assert.equal(level({TERM: 'xterm-mono'}), 0);
	assert.equal(level({TERM: 'dumb'}), 0);
	assert.equal(level({}), 0);
	assert.equal(level({TERM: 'xterm-256color'}, 'never'), 0);
	assert.equal(level({}, 'always'), 1);
});

test('links only for a TERM_PROGRAM known to open them; ASCII for the Linux console or --ascii', () => {
	const capabilities = (env: Record<string, string>, ascii = false) => appCapabilities(env, {ascii});
	assert.equal(capabilities({TERM: 'xterm-256color'}).hyperlinks, false);
	assert.equal(capabilities({TERM: 'xterm-256color', TERM_PROGRAM: 'iTerm.app'}).hyperlinks, true);
	assert.equal(capabilities({TERM: 'xterm-256color', TERM_PROGRAM: 'Apple_Terminal'}).hyperlinks, false);
	assert.equal(capabilities({TERM: 'linux'}).unicode, false);
	assert.equal(capabilities({TERM: 'xterm'}, true).unicode, false);
	assert.equal(capabilities({TERM: 'xterm'}).unicode, true);
});

test('only the locale, TERM, COLORTERM and TERM_PROGRAM are taken from a client, with names of 32 characters at most', () => {
	assert.equal(acceptsVariable(`LC_${'A'.repeat(29)}`), true);
	for (const name of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'LC_CTYPE', 'TERM', 'COLORTERM', 'TERM_PROGRAM']) {
		assert.equal(acceptsVariable(name), true, name);
	}

	const tooLong = `LC_${'A'.repeat(30)}`;
	for (const name of [
		'PATH',
		'LD_PRELOAD',
		'NODE_OPTIONS',
		'FORCE_COLOR',
		'NO_COLOR',
		'LC_',
		'lc_all',
		'HOME',
		tooLong,
	]) {
		assert.equal(acceptsVariable(name), false, name);
	}
});

test('without a pty, colour only when asked, at the depth the client TERM says', () => {
	const visitor = {user: 'x', env: {TERM: 'xterm-256color'}};
	assert.equal(visitorTerminal(visitor, undefined, 'auto').colorLevel, 0);
	assert.equal(visitorTerminal(visitor, undefined, 'always').colorLevel, 2);
	assert.equal(visitorTerminal(visitor, 80, 'auto').colorLevel, 2);
});
