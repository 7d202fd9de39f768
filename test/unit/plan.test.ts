import assert from 'node:assert/strict';
import {test} from 'node:test';
import {defaultOptions, type Options} from '../../source/cli/options.js';
import planRun, {type Terminal} from '../../source/cli/plan.js';
import {defaultWidth, maxTextWidth} from '../../source/text/sizes.js';

const options = (changes: Partial<Options> = {}): Options => ({...defaultOptions('zh'), ...changes});
// A colour terminal, keys and all, at 120 columns.
const terminal: Terminal = {columns: 120, keys: true, colorLevel: 2, unicode: true, ci: false};
// A pipe: no columns, no keys, and supports-color finds no colour.
const pipe: Terminal = {columns: undefined, keys: false, colorLevel: 0, unicode: true, ci: false};
const env = {TERM: 'xterm-256color'};

test('a terminal with keys runs the app, in its colours and in Unicode', () => {
	assert.deepEqual(planRun(options(), env, terminal), {
		kind: 'app',
		colorLevel: 2,
		unicode: true,
		background: 'unknown',
	});
});

test('the background: as --theme says, else as COLORFGBG says; else the app asks and printed text takes dark', () => {
	const background = (changes: Partial<Options>, variables: Record<string, string> = {}) =>
		planRun(options(changes), {...env, ...variables}, terminal).background;
	assert.equal(background({}), 'unknown');
	assert.equal(background({}, {COLORFGBG: '0;15'}), 'light');
	assert.equal(background({theme: 'dark'}, {COLORFGBG: '0;15'}), 'dark');
	assert.equal(background({plain: true}), 'dark');
	assert.equal(background({plain: true}, {COLORFGBG: '0;15'}), 'light');
	assert.equal(background({plain: true, theme: 'light'}), 'light');
});

test('a width, a format or --plain asks for printed text, even in a terminal', () => {
	for (const changes of [{width: 60}, {format: 'json'}, {format: 'text'}, {plain: true}] as const) {
		assert.equal(planRun(options(changes), env, terminal).kind, 'print', JSON.stringify(changes));
	}
});

test('a terminal that cannot run the app prints: no keys, TERM=dumb, CI', () => {
	for (const [name, plan] of [
		['stdin not a terminal', planRun(options(), env, {...terminal, keys: false})],
		['TERM=dumb', planRun(options(), {TERM: 'dumb'}, terminal)],
		['CI', planRun(options(), env, {...terminal, ci: true})],
	] as const) {
		assert.equal(plan.kind, 'print', name);
	}
});

test('printed text fits the terminal up to the widest text, and takes the default width without one', () => {
	const width = (columns: number | undefined, changes: Partial<Options> = {}) => {
		const plan = planRun(options({plain: true, ...changes}), env, {...terminal, columns});
		return plan.kind === 'print' ? plan.width : assert.fail(plan.kind);
	};
	assert.equal(width(60), 60);
	assert.equal(width(maxTextWidth + 50), maxTextWidth);
	assert.equal(width(undefined), defaultWidth);
	assert.equal(width(60, {width: 300}), 300, 'a width given wins');
});

test('a pipe with no flags serves the prepared text; anything that changes the text does not', () => {
	const prepared = (plan: ReturnType<typeof planRun>) => plan.kind === 'print' && plan.prepared;
	assert.ok(prepared(planRun(options(), env, pipe)));
	assert.ok(prepared(planRun(options({width: defaultWidth, plain: true, language: 'en'}), env, pipe)));
	for (const [name, plan] of [
		['the Linux console: ASCII', planRun(options(), {TERM: 'linux'}, {...pipe, unicode: false})],
		['--ascii', planRun(options({ascii: true}), env, pipe)],
		['FORCE_COLOR', planRun(options(), {...env, FORCE_COLOR: '1'}, {...pipe, colorLevel: 1})],
		['--color', planRun(options({color: 'always'}), env, pipe)],
		['a width', planRun(options({width: 60}), env, pipe)],
		['a section', planRun(options({section: 'work'}), env, pipe)],
		['Markdown', planRun(options({format: 'markdown'}), env, pipe)],
		['a terminal 90 wide', planRun(options({plain: true}), env, {...pipe, columns: 90})],
	] as const) {
		assert.equal(prepared(plan), false, name);
	}
});

test('colour: the flags and NO_COLOR over what supports-color found', () => {
	const level = (changes: Partial<Options>, variables: Record<string, string>, found: Terminal['colorLevel']) =>
		planRun(options(changes), {...env, ...variables}, {...terminal, colorLevel: found}).colorLevel;
	assert.equal(level({}, {}, 2), 2);
	assert.equal(level({}, {NO_COLOR: '1'}, 2), 0);
	assert.equal(level({color: 'never'}, {}, 3), 0);
	assert.equal(level({color: 'always'}, {}, 0), 1);
	assert.equal(level({}, {TERM: 'xterm-mono'}, 2), 0);
});
