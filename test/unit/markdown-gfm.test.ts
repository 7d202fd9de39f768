import assert from 'node:assert/strict';
import {test} from 'node:test';
import {Marked} from 'marked';
import {micromark} from 'micromark';
import {gfmAutolinkLiteral, gfmAutolinkLiteralHtml} from 'micromark-extension-gfm-autolink-literal';
import toMarkdown from '../../source/document/markdown.js';
import {languages} from '../../source/model/language.js';
import resumes from '../support/fixture-resumes.js';

// GitHub's dialect as marked reads it by default, and as micromark's port of GitHub's own parser does.
const renderers = {
	'marked, GFM': (markdown: string) => new Marked({gfm: true}).parse(markdown, {async: false}),
	'GitHub (micromark)': (markdown: string) =>
		micromark(markdown, {extensions: [gfmAutolinkLiteral()], htmlExtensions: [gfmAutolinkLiteralHtml()]}),
} as const;

const links = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);

for (const language of languages) {
	for (const [name, render] of Object.entries(renderers)) {
		test(`${language}, ${name}: the only links are the e-mail address and the blog; "Staff SRE@northwind.example" is text`, () => {
			const html = render(toMarkdown(resumes[language]));
			assert.deepEqual(links(html), ['mailto:aster@example.com', 'https://aster.example.org']);
			assert.match(html, /<h3>2021\.03-2024\.06 Staff SRE@northwind\.example &amp; harbor\.example<\/h3>/);
			assert.match(html, /<h3>2020\.01-2021\.02 Platform Engineer@Lumen Labs<\/h3>/);
		});
	}
}
