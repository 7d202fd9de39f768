import assert from 'node:assert/strict';
import {test} from 'node:test';
import {backgroundOf, colorfgbgBackground} from '../../source/theme/background.js';
import {hexRgb} from '../../source/theme/contrast.js';

test('COLORFGBG: its last field is the background, 0–6 and 8 dark, 7 and 9–15 light', () => {
	assert.equal(colorfgbgBackground('15;0'), 'dark');
	assert.equal(colorfgbgBackground('0;15'), 'light');
	assert.equal(colorfgbgBackground('0;default;15'), 'light');
	assert.equal(colorfgbgBackground('7;8'), 'dark');
	assert.equal(colorfgbgBackground('0;7'), 'light');
	assert.equal(colorfgbgBackground('12;6'), 'dark');
	assert.equal(colorfgbgBackground('0;9'), 'light');
	assert.equal(colorfgbgBackground('7'), 'light');
});

test('COLORFGBG that names no colour of the 16 says nothing', () => {
	for (const value of [undefined, '', '15;default', '0;16', '0;-1', 'light', '0;015x', '0;999']) {
		assert.equal(colorfgbgBackground(value), undefined, JSON.stringify(value));
	}
});

test('a reported background is light where dark text reads better on it', () => {
	assert.equal(backgroundOf(hexRgb('#000000')), 'dark');
	assert.equal(backgroundOf(hexRgb('#ffffff')), 'light');
	// Solarized's backgrounds, and Gruvbox's.
	assert.equal(backgroundOf(hexRgb('#002b36')), 'dark');
	assert.equal(backgroundOf(hexRgb('#fdf6e3')), 'light');
	assert.equal(backgroundOf(hexRgb('#282828')), 'dark');
	assert.equal(backgroundOf(hexRgb('#fbf1c7')), 'light');
	// Either side of the turn, a mid grey: #757575 is dark, #777777 light.
	assert.equal(backgroundOf(hexRgb('#757575')), 'dark');
	assert.equal(backgroundOf(hexRgb('#777777')), 'light');
});
