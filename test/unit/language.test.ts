import assert from 'node:assert/strict';
import {test} from 'node:test';
import {localeLanguage} from '../../source/model/language.js';

test('the locale picks English when it starts with en, Chinese otherwise', () => {
	assert.equal(localeLanguage({LANG: 'en_US.UTF-8'}), 'en');
	assert.equal(localeLanguage({LANG: 'en_GB'}), 'en');
	assert.equal(localeLanguage({LANG: 'en'}), 'en');
	assert.equal(localeLanguage({LANG: 'zh_CN.UTF-8'}), 'zh');
	assert.equal(localeLanguage({LANG: 'C.UTF-8'}), 'zh');
	assert.equal(localeLanguage({LANG: 'de_DE.UTF-8'}), 'zh');
	assert.equal(localeLanguage({}), 'zh');
	// Not a language that starts with the letters en.
	assert.equal(localeLanguage({LANG: 'enx'}), 'zh');
});

test('LC_ALL overrides LC_MESSAGES, which overrides LANG; an empty variable counts as unset', () => {
	assert.equal(localeLanguage({LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US', LANG: 'en_US'}), 'zh');
	assert.equal(localeLanguage({LC_MESSAGES: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8'}), 'en');
	assert.equal(localeLanguage({LC_ALL: '', LANG: 'en_US.UTF-8'}), 'en');
});
