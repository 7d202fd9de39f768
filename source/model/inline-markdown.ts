import {Lexer, type Token} from 'marked';

/** A link found in inline Markdown. */
type Link = {readonly text: string; readonly href: string};

type Visitor = {
	readonly text: (text: string) => void;
	readonly link: (link: Link) => void;
};

function walk(tokens: readonly Token[], visit: Visitor): void {
	for (const token of tokens) {
		switch (token.type) {
			case 'link': {
				visit.link({text: token.text, href: token.href});
				break;
			}

			case 'codespan':
			case 'escape': {
				visit.text(token.text);
				break;
			}

			case 'br': {
				visit.text(' ');
				break;
			}

			default: {
				if ('tokens' in token && token.tokens) {
					walk(token.tokens, visit);
				} else if ('text' in token) {
					visit.text(token.text);
				}
			}
		}
	}
}

/** How a link reads in plain text: the address alone when the text is the address. */
export function linkText({text, href}: Link): string {
	const address = href.replace(/^mailto:/, '');
	return text === address || text === href ? address : `${text} (${address})`;
}

/** Inline Markdown as the plain text a reader sees, links written out. */
export function inlineToPlain(markdown: string): string {
	let plain = '';
	walk(Lexer.lexInline(markdown), {
		text(text) {
			plain += text;
		},
		link(link) {
			plain += linkText(link);
		},
	});
	return plain;
}

/** Every link in inline Markdown, in order. */
export function inlineLinks(markdown: string): Link[] {
	const links: Link[] = [];
	walk(Lexer.lexInline(markdown), {
		text() {},
		link(link) {
			links.push(link);
		},
	});
	return links;
}

/**
Inline Markdown as CommonMark: what GitHub's dialect links by itself (a bare address,
`me@example.com`) becomes an autolink, `<me@example.com>`, which every renderer reads.
*/
export function inlineToCommonMark(markdown: string): string {
	return Lexer.lexInline(markdown)
		.map((token) =>
			token.type === 'link' && !token.raw.startsWith('<') && !token.raw.startsWith('[')
				? `<${token.href.replace(/^mailto:/, '')}>`
				: token.raw,
		)
		.join('');
}

/**
Plain text that reads as itself in Markdown: the characters that could start markup are
escaped, and `@` is written as the reference `&#64;`: GitHub's dialect would take
`SRE@example.com` for an e-mail address, and (unlike marked) it links one whose `@` is
only escaped with a backslash.
*/
export function escapeMarkdown(text: string): string {
	// A heading's trailing ` #` would close it and be lost.
	return text
		.replaceAll(/[\\`*_[\]<>]|&(?=#?\w+;)/g, '\\$&')
		.replaceAll('@', '&#64;')
		.replace(/ (#+)$/, ' \\$1');
}
