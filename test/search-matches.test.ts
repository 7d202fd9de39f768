import assert from 'node:assert/strict';
import {test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import sliceAnsi from 'slice-ansi';
import {layoutBlocks} from '../source/document/blocks.js';
import {plainStyle} from '../source/document/plain-text.js';
import {languages} from '../source/model/language.js';
import stringsFor from '../source/strings/index.js';
import findMatches from '../source/text/find-matches.js';
import createTheme from '../source/theme/theme.js';
import toEntries from '../source/ui/entries/entries.js';
import {panelStyle} from '../source/ui/entries/panel-style.js';
import highlight from '../source/ui/search/highlight.js';
import matchLines from '../source/ui/search/matches.js';
import {content, resumes} from './support/draw.js';

const style = panelStyle(
	createTheme({colorLevel: 0, unicode: true, hyperlinks: false, background: 'dark'}),
	content.inline,
);
const entriesOf = (language: (typeof languages)[number]) => toEntries(resumes[language], stringsFor(language));
const aliyun = entriesOf('zh')[4]!;

test('a match that wrapping split is found, with a span on each line', () => {
	// At 46 columns (the panel of an 80-column terminal) `监控` of `建立完整监控体系` ends one line and starts the next.
	const laid = layoutBlocks(aliyun.blocks, 46, style);
	const matches = matchLines(laid, '监控');
	assert.equal(matches.length, 3);
	const split = matches[2]!;
	assert.deepEqual(split, {
		line: 15,
		column: 44,
		spans: [
			{line: 15, from: 44, to: 46},
			{line: 16, from: 4, to: 6},
		],
	});
	assert.equal(sliceAnsi(laid.lines[15]!, 44, 46), '监');
	assert.equal(sliceAnsi(laid.lines[16]!, 4, 6), '控');
});

test('a match across a break at a space leaves the space out and keeps both words', () => {
	const skills = entriesOf('zh')[1]!;
	const laid = layoutBlocks(skills.blocks, 33, style);
	const [match] = matchLines(laid, 'kubernetes 源码');
	assert.ok(match);
	assert.deepEqual(
		match.spans.map(({line, from, to}) => sliceAnsi(laid.lines[line]!, from, to)),
		['Kubernetes', '源码'],
	);
});

test('at every width, every match of the four examples is found, and its spans show exactly it (spaces aside: a break drops one)', () => {
	for (const language of languages) {
		for (const [index, entry] of entriesOf(language).entries()) {
			for (const width of [20, 30, 36, 46, 60, 80, 100]) {
				const laid = layoutBlocks(entry.blocks, width, style);
				for (const query of ['TiDB', 'ZooKeeper', 'Kubernetes', '监控', 'kubernetes 源码']) {
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
			{kind: 'paragraph', text: 'TiDB, then tidb.'},
			{kind: 'list', ordered: true, items: ['No.', 'TIDB']},
		],
		12,
		plainStyle,
	);
	assert.deepEqual(laid.lines, ['TiDB, then', 'tidb.', '', '  1. No.', '  2. TIDB']);
	assert.deepEqual(
		matchLines(laid, 'tidb').map(({line, column}) => [line, column]),
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
	const lines = ['基于 TiDB 构建', `a ${theme.paint.code('TiDB')} b`, 'none'];
	const matches = [
		{line: 0, column: 5, spans: [{line: 0, from: 5, to: 9}]},
		{line: 1, column: 2, spans: [{line: 1, from: 2, to: 6}]},
	];
	const painted = highlight(lines, matches, 1, paint);
	assert.equal(painted[0], '基于 [TiDB] 构建');
	assert.equal(stripVTControlCharacters(painted[1]!), 'a {TiDB} b');
	assert.ok(painted[1]!.includes(`{${theme.paint.code('TiDB')}}`), JSON.stringify(painted[1]));
	assert.equal(painted[2], 'none');
	// Two spans on one line, given out of order.
	assert.equal(
		highlight(
			['TiDB TiDB'],
			[
				{line: 0, column: 5, spans: [{line: 0, from: 5, to: 9}]},
				{line: 0, column: 0, spans: [{line: 0, from: 0, to: 4}]},
			],
			undefined,
			paint,
		)[0],
		'[TiDB] [TiDB]',
	);
});
