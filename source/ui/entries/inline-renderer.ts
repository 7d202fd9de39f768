import {Marked} from 'marked';
import {markedTerminal} from 'marked-terminal';
import {linkText} from '../../model/inline-markdown.js';
import type {Theme} from '../../theme/theme.js';

/**
Inline Markdown to styled terminal text, with marked-terminal and the theme's colours. The
build runs it once for each text with a recording theme (`prepareInline`); the app paints
what it recorded.
*/
export default function createInlineRenderer(theme: Theme): (markdown: string) => string {
	const {paint} = theme;
	const marked = new Marked(
		// Wrapping is done afterwards, by columns: marked-terminal counts a Chinese character as one.
		markedTerminal({
			width: Number.MAX_SAFE_INTEGER,
			reflowText: false,
			emoji: false,
			codespan: paint.code,
			strong: paint.strong,
			em: paint.em,
			del: paint.del,
			link: paint.link,
			href: paint.link,
			text: (text: string) => text,
		}) as Parameters<Marked['use']>[0],
		{
			renderer: {
				// One form for every link: the address once, never `text (mailto:text)`; a link the
				// terminal can open where it opens them.
				link: ({text, href}) => paint.link(theme.hyperlink(linkText({text, href}), href)),
			},
		},
	);
	return (markdown) => marked.parseInline(markdown, {async: false});
}
