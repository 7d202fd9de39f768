import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import screenSvg, {escapeXml, type ScreenCell} from '../support/screen-svg.js';
import {type CellColour, svgPalettes} from '../support/svg-palette.js';

const own: CellColour = {mode: 'default'};
const plain: ScreenCell = {
	char: ' ',
	width: 1,
	fg: own,
	bg: own,
	bold: false,
	dim: false,
	italic: false,
	underline: false,
	inverse: false,
	strikethrough: false,
	invisible: false,
};

/** A cell per character of `text`, each one column wide, drawn as `changes` say. */
const cells = (text: string, changes: Partial<ScreenCell> = {}): ScreenCell[] =>
	Array.from(text, (char) => ({...plain, ...changes, char}));

/** A wide character: its cell, and the empty one after it. */
const wide = (char: string, changes: Partial<ScreenCell> = {}): ScreenCell[] => [
	{...plain, ...changes, char, width: 2},
	{...plain, ...changes, char: '', width: 0},
];

const dark = {palette: svgPalettes.dark, title: 'a screen'};

/** The elements that draw something: text and the rectangles behind it, not the frame around them. */
const drawn = (svg: string) =>
	svg.split('\n').filter((line) => line.startsWith('<text') || (line.startsWith('<rect ') && !line.includes('rx=')));

describe('screenSvg: a terminal screen as SVG', () => {
	test('a whole picture: the size of its cells with a margin, the background inside an edge, a title, text in runs', () => {
		const svg = screenSvg([cells('ab '), cells(' c ', {bold: true})], {
			palette: svgPalettes.light,
			title: 'two <rows>',
		});
		assert.equal(
			svg,
			[
				'<svg xmlns="http://www.w3.org/2000/svg" width="49.2" height="58" viewBox="0 0 49.2 58" role="img" xml:space="preserve">',
				'<title>two &lt;rows&gt;</title>',
				'<rect x="0.5" y="0.5" width="48.2" height="57" rx="6" fill="#ffffff" stroke="#bcbcbc"/>',
				`<g font-family="ui-monospace, 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', 'Noto Sans Mono CJK SC', monospace" font-size="14">`,
				'<text x="12" y="25" textLength="16.8" fill="#000000">ab</text>',
				'<text x="20.4" y="42" textLength="8.4" fill="#000000" font-weight="bold">c</text>',
				'</g>',
				'</svg>',
				'',
			].join('\n'),
		);
	});

	test('<, > and & are escaped, in the text and the title', () => {
		assert.equal(escapeXml('<a href="x">&</a>'), '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
		const svg = screenSvg([cells('<b>&')], {palette: svgPalettes.dark, title: 'R&D'});
		assert.deepEqual(drawn(svg), ['<text x="12" y="25" textLength="33.6" fill="#ffffff">&lt;b&gt;&amp;</text>']);
		assert.match(svg, /<title>R&amp;D<\/title>/);
	});

	test('a wide character takes two columns and stands alone at its own; what follows keeps its column', () => {
		const svg = screenSvg([[...wide('工'), ...wide('作'), ...cells('ok')]], dark);
		assert.deepEqual(drawn(svg), [
			'<text x="12" y="25" fill="#ffffff">工</text>',
			'<text x="28.8" y="25" fill="#ffffff">作</text>',
			'<text x="45.6" y="25" textLength="16.8" fill="#ffffff">ok</text>',
		]);
		assert.match(svg, / width="74.4" /, 'six columns and the margins');
	});

	test('a run per colour: the 16, the 256 (cube and greys computed) and truecolor as it is', () => {
		const svg = screenSvg(
			[
				[
					...cells('ab', {fg: {mode: '16', index: 1}}),
					...cells('c', {fg: {mode: '256', index: 196}}),
					...cells('d', {fg: {mode: '256', index: 25}}),
					...cells('e', {fg: {mode: '256', index: 232}}),
					...cells('f', {fg: {mode: 'rgb', hex: '#123456'}}),
				],
			],
			dark,
		);
		assert.deepEqual(drawn(svg), [
			'<text x="12" y="25" textLength="16.8" fill="#cd0000">ab</text>',
			'<text x="28.8" y="25" textLength="8.4" fill="#ff0000">c</text>',
			'<text x="37.2" y="25" textLength="8.4" fill="#005faf">d</text>',
			'<text x="45.6" y="25" textLength="8.4" fill="#080808">e</text>',
			'<text x="54" y="25" textLength="8.4" fill="#123456">f</text>',
		]);
	});

	test('bold in one of the first 8 of the 16 is drawn in its bright twin, as xterm does; not one of the 256', () => {
		const svg = screenSvg(
			[
				[
					...cells('a', {bold: true, fg: {mode: '16', index: 4}}),
					...cells('b', {bold: true, fg: {mode: '256', index: 4}}),
				],
			],
			dark,
		);
		assert.deepEqual(drawn(svg), [
			'<text x="12" y="25" textLength="8.4" fill="#5c5cff" font-weight="bold">a</text>',
			'<text x="20.4" y="25" textLength="8.4" fill="#0000ee" font-weight="bold">b</text>',
		]);
	});

	test('inverse swaps the colours, the terminal’s own too; a background is a rectangle behind its columns', () => {
		const svg = screenSvg(
			[[...cells('x'), ...cells('Ti', {inverse: true}), ...wide('库', {bg: {mode: '256', index: 25}}), ...cells(' ')]],
			dark,
		);
		assert.deepEqual(drawn(svg), [
			'<rect x="20.4" y="12" width="16.8" height="17" fill="#ffffff"/>',
			'<rect x="37.2" y="12" width="16.8" height="17" fill="#005faf"/>',
			'<text x="12" y="25" textLength="8.4" fill="#ffffff">x</text>',
			'<text x="20.4" y="25" textLength="16.8" fill="#000000">Ti</text>',
			'<text x="37.2" y="25" fill="#ffffff">库</text>',
		]);
	});

	test('spaces at the ends of a run are not drawn, unless underlined; dim, italic, struck and hidden text', () => {
		const svg = screenSvg(
			[
				cells('  a b  '),
				cells(' u ', {underline: true}),
				[...cells('d', {dim: true}), ...cells('i', {italic: true}), ...cells('s', {strikethrough: true})],
				cells('secret', {invisible: true}),
			],
			dark,
		);
		assert.deepEqual(drawn(svg), [
			'<text x="28.8" y="25" textLength="25.2" fill="#ffffff">a b</text>',
			'<text x="12" y="42" textLength="25.2" fill="#ffffff" text-decoration="underline"> u </text>',
			'<text x="12" y="59" textLength="8.4" fill="#ffffff" opacity="0.5">d</text>',
			'<text x="20.4" y="59" textLength="8.4" fill="#ffffff" font-style="italic">i</text>',
			'<text x="28.8" y="59" textLength="8.4" fill="#ffffff" text-decoration="line-through">s</text>',
		]);
	});
});
