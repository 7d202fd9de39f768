import assert from 'node:assert/strict';
import {test} from 'node:test';
import colorLevel from '../source/color.js';
import checkOptions, {UsageError} from '../source/options.js';

test('no flags: interactive defaults', () => {
	assert.deepEqual(checkOptions({plain: false, color: true}, []), {plain: false, color: true, ascii: false});
});

test('--plain, --width, --no-color and --ascii', () => {
	assert.deepEqual(checkOptions({plain: true, width: '40', color: false, ascii: true}, []), {
		plain: true,
		width: 40,
		color: false,
		ascii: true,
	});
	assert.deepEqual(checkOptions({w: '1000', width: '1000'}, []).width, 1000);
	assert.deepEqual(checkOptions({width: '20'}, []).width, 20);
});

for (const value of ['0', '-5', 'abc', '100000', '', '19', '40.5', '1e3']) {
	test(`--width ${JSON.stringify(value)} is a usage error naming the range`, () => {
		assert.throws(
			() => checkOptions({width: value}, []),
			(error: unknown) =>
				error instanceof UsageError && error.message === `--width takes a whole number from 20 to 1000, not "${value}"`,
		);
	});
}

test('an unknown flag or an argument is a usage error', () => {
	assert.throws(() => checkOptions({nope: true}, []), {message: 'unknown option --nope'});
	assert.throws(() => checkOptions({x: true}, []), {message: 'unknown option -x'});
	assert.throws(() => checkOptions({}, ['cv']), {message: 'unexpected argument "cv"'});
});

test('colour: --no-color, then FORCE_COLOR, then NO_COLOR, then what the terminal supports', () => {
	assert.equal(colorLevel(false, {FORCE_COLOR: '3'}, 3), 0);
	assert.equal(colorLevel(true, {FORCE_COLOR: '3', NO_COLOR: '1'}, 3), 3);
	assert.equal(colorLevel(true, {FORCE_COLOR: '0'}, 0), 0);
	assert.equal(colorLevel(true, {NO_COLOR: '1'}, 2), 0);
	assert.equal(colorLevel(true, {NO_COLOR: ''}, 2), 2);
	assert.equal(colorLevel(true, {}, 1), 1);
});
