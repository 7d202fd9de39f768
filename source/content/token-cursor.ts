import {Lexer, type Token, type Tokens} from 'marked';
import {inlineToPlain} from '../model/inline-markdown.js';
import type {ItemList} from '../model/resume.js';
import checkText from './check-text.js';
import ContentError from './content-error.js';

/** A top-level Markdown block with the line it starts on. */
type Located = {readonly token: Token; readonly line: number};

/** Split `Title {#id}` into the title as plain text and the id. */
export function splitHeading(text: string): {title: string; id?: string} {
	const match = /^(.*?)\s*\{#([\w-]+)\}\s*$/.exec(text);
	return match ? {title: inlineToPlain(match[1]!), id: match[2]!} : {title: inlineToPlain(text)};
}

/** How a block reads in an error message: `a paragraph "…"`. */
export function describe(token: Token): string {
	if (token.type === 'heading') {
		return `a level-${token.depth} heading "${token.text}"`;
	}

	return `${token.type === 'paragraph' ? 'a paragraph' : `a ${token.type}`} "${token.raw.trim().split('\n')[0]}"`;
}

/** Walks the blocks of a content file, knowing each one's line, to report errors by line. */
export default class TokenCursor {
	private readonly blocks: Located[] = [];
	private index = 0;
	private readonly lastLine: number;

	constructor(
		source: string,
		private readonly file: string,
	) {
		const clean = checkText(source, file);
		let line = 1;
		for (const token of new Lexer().lex(clean)) {
			if (token.type !== 'space') {
				this.blocks.push({token, line});
			}

			line += token.raw.split('\n').length - 1;
		}

		this.lastLine = clean.replace(/\n$/, '').split('\n').length;
	}

	/** The current block, if any is left. */
	peek(): Located | undefined {
		return this.blocks[this.index];
	}

	advance(): void {
		this.index++;
	}

	/** Whether the current block is a heading of that depth. */
	isHeading(depth: number): boolean {
		const token = this.peek()?.token;
		return token?.type === 'heading' && token.depth === depth;
	}

	/** Stops with what was expected, at the current block or the one given; past the end, at the last line. */
	fail(expected: string, at: Located | undefined = this.peek()): never {
		throw new ContentError(this.file, at?.line ?? this.lastLine, expected);
	}

	/** Reads the list that must come next: flat, with text in every item. */
	readList(title: string): ItemList {
		const located = this.peek();
		if (located?.token.type !== 'list') {
			return this.fail(`expected a list of items under "${title}"`, located);
		}

		let line = located.line;
		const items = (located.token as Tokens.List).items.map((item) => {
			const at = {token: item, line};
			line += item.raw.split('\n').length - 1;
			if (item.tokens.some((child) => child.type === 'list')) {
				this.fail('expected a flat list: nested lists are not supported', at);
			}

			const text = item.text.replaceAll(/\s*\n\s*/g, ' ').trim();
			if (text === '') {
				this.fail(`expected text in every item of "${title}", found an empty one`, at);
			}

			return text;
		});
		this.advance();
		return {title, items};
	}
}
