import assert from 'node:assert/strict';
import {test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import sliceAnsi from 'slice-ansi';
import {layoutBlocks} from '../../source/document/blocks.js';
import {plainStyle} from '../../source/document/plain-text.js';
import {languages} from '../../source/model/language.js';
import stringsFor from '../../source/strings/index.js';
import findMatches from '../../source/text/find-matches.js';
import createTheme from '../../source/theme/theme.js';
import toEntries from '../../source/ui/entries/entries.js';
import {panelStyle} from '../../source/ui/entries/panel-style.js';
import highlight from '../../source/ui/search/highlight.js';
import matchLines from '../../source/ui/search/matches.js';
import {content, resumes} from '../support/draw.js';

const style = panelStyle(
	createTheme({colorLevel: 0, unicode: true, hyperlinks: false, background: 'dark'}),
	content.inline,
);
const entriesOf = (language: (typeof languages)[number]) => toEntries(resumes[language], stringsFor(language));
// The tests' own résumé: its second entry is the skills.
const skills = entriesOf('zh')[1]!;

test('a match that wrapping split is found, with a span on each line', () => {
	// At 46 columns (the panel of an 80-column terminal) `开源` of `讲师。开源项目` ends one line and starts the next.
	const laid = layoutBlocks(skills.blocks, 46, style);
	const matches = matchLines(laid, '开源');
	assert.equal(matches.length, 2);
	assert.deepEqual(matches[0], {
		line: 2,
		column: 44,
		spans: [
			{line: 2, from: 44, to: 46},
			{line: 3, from: 4, to: 6},
		],
	});
	assert.equal(sliceAnsi(laid.lines[2]!, 44, 46), '开');
	assert.equal(sliceAnsi(laid.lines[3]!, 4, 6), '源');
});

test('a match across a break at a space leaves the space out and keeps both words', () => {
	const laid = layoutBlocks(skills.blocks, 24, style);
	const [match] = matchLines(laid, 'ETCD 源码');
	assert.ok(match);
	assert.deepEqual(
		match.spans.map(({line, from, to}) => sliceAnsi(laid.lines[line]!, from, to)),
		['etcd', '源码'],
	);
});

test('at every width, every match of the five examples is found, and its spans show exactly it (spaces aside: a break drops one)', () => {
	for (const language of languages) {
		for (const [index, entry] of entriesOf(language).entries()) {
			for (const width of [20, 30, 36, 46, 60, 80, 100]) {
				const laid = layoutBlocks(entry.blocks, width, style);
				for (const query of ['Vitess', 'ETCD', 'Kubernetes', '开源', 'etcd 源码']) {
					const where = `${language} entry ${index} at ${width}: ${query}`;
					const expected = laid.segments.flatMap((text) =>
						findMatches(text, query).map(({start, end}) => text.slice(start, end).replaceAll(' ', '')),
					);
					const shown = matchLines(laid, query).map(({spans}) =>
						spans
							.map(({line, from, to}) => sliceAnsi(laid.lines[line]!, from, to))
							.join('')
							.replaceAll(' ', ''),
					);
					assert.deepEqual(shown, expected, where);
				}
			}
		}
	}
});

test('matches come in reading order, and a line with none has no span', () => {
	const laid = layoutBlocks(
		[
			{kind: 'paragraph', text: 'Etcd, then etcd.'},
			{kind: 'list', ordered: true, items: ['No.', 'ETCD']},
		],
		12,
		plainStyle,
	);
	assert.deepEqual(laid.lines, ['Etcd, then', 'etcd.', '', '  1. No.', '  2. ETCD']);
	assert.deepEqual(
		matchLines(laid, 'etcd').map(({line, column}) => [line, column]),
		[
			[0, 0],
			[1, 0],
			[4, 5],
		],
	);
});

test('highlight paints the columns of each match, with the styles the line had, and the current one apart', () => {
	const theme = createTheme({colorLevel: 1, unicode: true, hyperlinks: false, background: 'dark'});
	const paint = {match: (text: string) => `[${text}]`, current: (text: string) => `{${text}}`};
	const lines = ['基于 Etcd 构建', `a ${theme.paint.code('Etcd')} b`, 'none'];
	const matches = [
		{line: 0, column: 5, spans: [{line: 0, from: 5, to: 9}]},
		{line: 1, column: 2, spans: [{line: 1, from: 2, to: 6}]},
	];
	const painted = highlight(lines, matches, 1, paint);
	assert.equal(painted[0], '基于 [Etcd] 构建');
	assert.equal(stripVTControlCharacters(painted[1]!), 'a {Etcd} b');
	assert.ok(painted[1]!.includes(`{${theme.paint.code('Etcd')}}`), JSON.stringify(painted[1]));
	assert.equal(painted[2], 'none');
	// Two spans on one line, given out of order.
	assert.equal(
		highlight(
			['Etcd Etcd'],
			[
				{line: 0, column: 5, spans: [{line: 0, from: 5, to: 9}]},
				{line: 0, column: 0, spans: [{line: 0, from: 0, to: 4}]},
			],
			undefined,
			paint,
		)[0],
		'[Etcd] [Etcd]',
	);
});
