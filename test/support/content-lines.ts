import {Lexer, type Token, type Tokens} from 'marked';

/** A line of a content file as a reader sees it in every format, and where it is in the file. */
export type ShownLine = {readonly where: string; readonly text: string};

// Inline Markdown as its visible text: bold and emphasis gone, a link as its text (and its
// address after it, as the text formats write a link whose text is not its address).
function visible(tokens: readonly Token[] = []): string {
	return tokens
		.map((token) => {
			switch (token.type) {
				case 'link': {
					const {href, tokens: inner} = token as Tokens.Link;
					const text = visible(inner);
					return text === href || `mailto:${text}` === href ? text : `${text} (${href})`;
				}

				case 'strong':
				case 'em':
				case 'del': {
					return visible((token as Tokens.Strong).tokens);
				}

				case 'codespan':
				case 'escape': {
					return (token as Tokens.Codespan).text;
				}

				default: {
					return 'tokens' in token && token.tokens ? visible(token.tokens) : (token as Tokens.Text).text;
				}
			}
		})
		.join('');
}

/**
Each heading, list item and paragraph of a content file, as shown: the `{#id}` of a heading,
list marks and inline Markdown taken out. Read with marked's lexer, as the loader reads the
file, but from the file itself, not from the loader's model.
*/
export function contentLines(source: string, name: string): ShownLine[] {
	const shown: ShownLine[] = [];
	const newlines = (text: string) => text.match(/\n/g)?.length ?? 0;
	// A token's raw text may start with the blank lines before it.
	const add = (line: number, raw: string, text: string) => {
		if (text.trim() !== '') {
			shown.push({
				where: `${name}:${line + newlines(raw.slice(0, raw.length - raw.trimStart().length))}`,
				text: text.trim(),
			});
		}
	};

	let line = 1;
	for (const token of new Lexer().lex(source.replaceAll('\r\n', '\n'))) {
		if (token.type === 'heading') {
			const {text} = token as Tokens.Heading;
			add(line, token.raw, visible(new Lexer().inlineTokens(text.replace(/\s*\{#[\w-]+\}\s*$/, ''))));
		} else if (token.type === 'paragraph') {
			add(line, token.raw, visible((token as Tokens.Paragraph).tokens));
		} else if (token.type === 'list') {
			let itemLine = line;
			for (const item of (token as Tokens.List).items) {
				add(
					itemLine,
					item.raw,
					visible(item.tokens.flatMap((child) => ('tokens' in child && child.tokens ? child.tokens : []))),
				);
				itemLine += newlines(item.raw);
			}
		}

		line += newlines(token.raw);
	}

	return shown;
}
