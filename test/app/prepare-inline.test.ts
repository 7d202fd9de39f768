import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {ColorLevel} from '../../source/theme/color-level.js';
import {paintStyled, readStyled, recordingTheme} from '../../source/theme/styled.js';
import createTheme from '../../source/theme/theme.js';
import createInlineRenderer from '../../source/ui/entries/inline-renderer.js';
import prepareInline from '../../source/ui/entries/prepare-inline.js';
import {content, resumes} from '../support/draw.js';

const themes = ([0, 1, 2, 3] as ColorLevel[]).flatMap((colorLevel) =>
	[false, true].flatMap((hyperlinks) =>
		(['dark', 'light'] as const).map((background) => createTheme({colorLevel, unicode: true, hyperlinks, background})),
	),
);

test('every prepared text paints as marked-terminal renders it, in every theme', () => {
	const texts = Object.keys(content.inline);
	assert.ok(texts.length > 50, `${texts.length} texts`);
	for (const theme of themes) {
		const render = createInlineRenderer(theme);
		for (const text of texts) {
			assert.equal(paintStyled(content.inline[text]!, theme), render(text), JSON.stringify(text));
		}
	}
});

test('styles and links nest as the renderer wrote them', () => {
	const markdown = 'see **[the blog](https://aster.example.org) and `code`**, ~~old~~ *new* <aster@example.com>';
	const render = createInlineRenderer(recordingTheme(themes[0]!));
	assert.deepEqual(readStyled(render(markdown)), [
		'see ',
		{
			style: 'strong',
			inner: [
				{style: 'link', inner: [{link: 'https://aster.example.org', inner: ['the blog (https://aster.example.org)']}]},
				' and ',
				{style: 'code', inner: ['code']},
			],
		},
		', ',
		{style: 'del', inner: ['old']},
		' ',
		{style: 'em', inner: ['new']},
		' ',
		{style: 'link', inner: [{link: 'mailto:aster@example.com', inner: ['aster@example.com']}]},
	]);
	for (const theme of themes) {
		assert.equal(paintStyled(readStyled(render(markdown)), theme), createInlineRenderer(theme)(markdown));
	}
});

test('a text that holds the marks the recording uses stops the build', () => {
	const broken = structuredClone(resumes);
	(broken.en.contact!.items as string[])[0] = 'mail\uE001';
	assert.throws(() => prepareInline(broken), /U\+E000–U\+E003.*mail/);
});
