import assert from 'node:assert/strict';
import {test} from 'node:test';
import checkOptions, {type Checks} from '../../source/cli/check-options.js';
import {UsageError} from '../../source/cli/options.js';
import colorLevel from '../../source/theme/color-level.js';

const en: Checks = {language: 'en', sections: ['profile', 'skills', 'work', 'yunshan'], entries: 3};
const zh: Checks = {...en, language: 'zh'};

test('no flags: interactive defaults, in the language of the locale', () => {
	assert.deepEqual(checkOptions({}, [], en), {
		plain: false,
		color: 'auto',
		theme: 'auto',
		ascii: false,
		language: 'en',
	});
	assert.equal(checkOptions({}, [], zh).language, 'zh');
});

test('--plain, --width, --no-color and --ascii', () => {
	assert.equal(checkOptions({color: true}, [], en).color, 'always');
	assert.deepEqual(checkOptions({plain: true, width: '40', color: false, ascii: true}, [], en), {
		plain: true,
		width: 40,
		color: 'never',
		theme: 'auto',
		ascii: true,
		language: 'en',
	});
	assert.deepEqual(checkOptions({w: '1000', width: '1000'}, [], en).width, 1000);
	assert.deepEqual(checkOptions({width: '20'}, [], en).width, 20);
});

test('--theme dark and light; anything else is a usage error', () => {
	assert.equal(checkOptions({theme: 'light'}, [], en).theme, 'light');
	assert.equal(checkOptions({theme: 'dark'}, [], en).theme, 'dark');
	assert.equal(checkOptions({theme: 'auto'}, [], en).theme, 'auto');
	assert.throws(() => checkOptions({theme: 'solarized'}, [], en), {
		message: '--theme takes auto, dark, light, not "solarized" (see manjusaka --help)',
	});
	assert.throws(() => checkOptions({theme: ''}, [], zh), {
		message: '--theme 需要一个值：auto、dark、light（见 manjusaka --help）',
	});
});

test('--format, --section and --lang', () => {
	const options = checkOptions({format: 'json', section: 'yunshan', lang: 'zh'}, [], en);
	assert.equal(options.format, 'json');
	assert.equal(options.section, 'yunshan');
	assert.equal(options.language, 'zh');
	assert.equal(checkOptions({format: 'text', width: '60'}, [], en).width, 60);
});

for (const value of ['0', '-5', 'abc', '100000', '19', '40.5', '1e3']) {
	test(`--width ${JSON.stringify(value)} is a usage error naming the range`, () => {
		assert.throws(
			() => checkOptions({width: value}, [], en),
			(error: unknown) =>
				error instanceof UsageError &&
				error.message === `--width takes a whole number from 20 to 1000, not "${value}" (see manjusaka --help)`,
		);
	});
}

test('a flag with no value says what it takes', () => {
	assert.throws(() => checkOptions({width: ''}, [], en), {
		message: '--width needs a value: 20–1000 (see manjusaka --help)',
	});
	assert.throws(() => checkOptions({lang: ''}, [], en), {
		message: '--lang needs a value: zh, en (see manjusaka --help)',
	});
});

test('an unknown flag or an argument is a usage error', () => {
	assert.throws(() => checkOptions({nope: true}, [], en), {message: 'unknown option --nope (see manjusaka --help)'});
	assert.throws(() => checkOptions({x: true}, [], en), {message: 'unknown option -x (see manjusaka --help)'});
	assert.throws(() => checkOptions({}, ['cv'], en), {message: 'unexpected argument "cv" (see manjusaka --help)'});
});

test('a format, a language or a section that does not exist is a usage error listing the valid ones', () => {
	assert.throws(() => checkOptions({format: 'pdf'}, [], en), {
		message: '--format takes text, markdown, json, not "pdf" (see manjusaka --help)',
	});
	assert.throws(() => checkOptions({lang: 'fr'}, [], en), {
		message: '--lang takes zh, en, not "fr" (see manjusaka --help)',
	});
	assert.throws(() => checkOptions({section: 'ibm'}, [], en), {
		message: 'unknown section "ibm": choose one of profile, skills, work, yunshan (see manjusaka --help)',
	});
	assert.throws(() => checkOptions({format: 'json', width: '60'}, [], en), {
		message: '--width applies to text only, not to --format markdown or json (see manjusaka --help)',
	});
});

test('errors are in the language asked for, or the locale’s when none is', () => {
	assert.throws(() => checkOptions({nope: true}, [], zh), {message: '未知选项 --nope（见 manjusaka --help）'});
	assert.throws(() => checkOptions({nope: true, lang: 'zh'}, [], en), {
		message: '未知选项 --nope（见 manjusaka --help）',
	});
	assert.throws(() => checkOptions({section: 'ibm', lang: 'en'}, [], zh), {
		message: 'unknown section "ibm": choose one of profile, skills, work, yunshan (see manjusaka --help)',
	});
	// A language that does not exist cannot say which language to complain in: the locale's.
	assert.throws(() => checkOptions({lang: 'fr'}, [], zh), {
		message: '--lang 可选 zh、en，而不是 "fr"（见 manjusaka --help）',
	});
});

test('colour: --no-color, then FORCE_COLOR, then --color, then NO_COLOR and a -mono TERM, then what the terminal supports', () => {
	assert.equal(colorLevel('never', {FORCE_COLOR: '3'}, 3), 0);
	assert.equal(colorLevel('auto', {FORCE_COLOR: '3', NO_COLOR: '1'}, 3), 3);
	assert.equal(colorLevel('auto', {FORCE_COLOR: '0'}, 0), 0);
	assert.equal(colorLevel('always', {FORCE_COLOR: '0'}, 0), 0);
	assert.equal(colorLevel('always', {NO_COLOR: '1', TERM: 'xterm-mono'}, 0), 1, '--color: even in a pipe');
	assert.equal(colorLevel('always', {}, 3), 3);
	assert.equal(colorLevel('auto', {NO_COLOR: '1'}, 2), 0);
	assert.equal(colorLevel('auto', {NO_COLOR: ''}, 2), 2);
	assert.equal(colorLevel('auto', {TERM: 'xterm-mono'}, 1), 0);
	assert.equal(colorLevel('auto', {TERM: 'dumb'}, 1), 0);
	assert.equal(colorLevel('auto', {}, 1), 1);
});
