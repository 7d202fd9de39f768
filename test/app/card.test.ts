import assert from 'node:assert/strict';
import {test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import card from '../../source/document/card.js';
import stringsFor from '../../source/strings/index.js';
import createTheme from '../../source/theme/theme.js';
import cardBytes from '../../source/ui/session/card-bytes.js';
import {colourSequences} from '../support/byte-stream.js';
import {cards} from '../support/card-text.js';
import {resumes} from '../support/draw.js';

const plain = (options: {unicode?: boolean; hyperlinks?: boolean} = {}) =>
	createTheme({colorLevel: 0, background: 'dark', unicode: true, hyperlinks: false, ...options});

test('the card: name and role, e-mail and blog, how to keep the whole résumé, in each language', () => {
	for (const language of ['zh', 'en'] as const) {
		const drawn = card(resumes[language].basics, language, stringsFor(language), plain(), 'local');
		assert.deepEqual(drawn.map(stripVTControlCharacters), cards[language]);
	}
});

test('the card in ASCII; without a blog, no blog line; without a role, the name alone', () => {
	const {blog: _, role: __, ...basics} = resumes.en.basics;
	assert.deepEqual(
		card(basics, 'en', stringsFor('en'), plain({unicode: false}), 'local').map(stripVTControlCharacters),
		[
			'+- Aster Lin',
			'|  E-mail  aster@example.com',
			'|  To keep the whole résumé, as text or as JSON Resume:',
			'|    npx manjusaka --lang en > cv.txt',
			'|    npx manjusaka --lang en --format json > resume.json',
			'+-',
		],
	);
});

test('the card: OSC 8 links where the terminal opens them, the theme colours where it has colour', () => {
	const linked = card(resumes.en.basics, 'en', stringsFor('en'), plain({hyperlinks: true}), 'local').join('\n');
	assert.ok(linked.includes('\u001B]8;;mailto:aster@example.com\u0007aster@example.com\u001B]8;;\u0007'));
	assert.ok(linked.includes('\u001B]8;;https://aster.example.org\u0007https://aster.example.org\u001B]8;;\u0007'));
	assert.deepEqual(colourSequences(card(resumes.en.basics, 'en', stringsFor('en'), plain(), 'local').join('')), []);
	const light = createTheme({colorLevel: 2, background: 'light', unicode: true, hyperlinks: false});
	const [top] = card(resumes.en.basics, 'en', stringsFor('en'), light, 'local');
	assert.equal(top, `${light.paint.border('╭─')} ${light.paint.bold(light.paint.accent('Aster Lin · Staff SRE'))}`);
});

test('as written to the terminal, every line ends in CR LF: an SSH channel adds no CR', () => {
	const bytes = cardBytes(resumes, 'zh', plain(), 'local');
	assert.equal(bytes.split('\r\n').length, 8);
	assert.ok(bytes.endsWith('╰─\r\n'));
	assert.equal(bytes.replaceAll('\r\n', '').includes('\n'), false);
});
