import graphemes from '../text/graphemes.js';

/** The longest query kept, in graphemes: a paste of a whole page is cut there. */
export const maxQuery = 100;

/**
The most bytes of a paste kept. A paste goes only into a search's query line, which keeps
100 graphemes (`maxQuery`): 8 KiB holds that many of the longest (an emoji with its skin
tone and joiners is about 30 bytes). The rest of a longer paste is read past, never held.
*/
export const maxPasteBytes = 8 * 1024;

// Line breaks and tabs in what is typed or pasted read as spaces; other control characters
// (they can come in a paste) are dropped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const clean = (text: string) => text.replaceAll(/\r\n|[\r\n\t]/g, ' ').replaceAll(controls, '');

// The first `units` code units of `text`, never half of a surrogate pair.
function head(text: string, units: number): string {
	const cut = text.slice(0, units);
	return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
The query with `text` typed (or pasted) at its end, at most `maxQuery` graphemes long. The
text is cut before it is segmented (to as many code units as a paste keeps bytes, which
holds a query's worth of any script), and its graphemes are read only up to the limit: the
work is bounded whatever the size of the text.
*/
export function typeInto(query: string, text: string): string {
	let typed = '';
	let count = 0;
	for (const {segment} of graphemes(query + clean(head(text, maxPasteBytes)))) {
		if (count === maxQuery) {
			break;
		}

		typed += segment;
		count++;
	}

	return typed;
}

/** The query without its last character, a Chinese one or an accented letter whole. */
export function deleteCharacter(query: string): string {
	const last = Array.from(graphemes(query)).at(-1);
	return last === undefined ? query : query.slice(0, last.index);
}

/**
The query without its last word and the spaces after it, as Ctrl+W in a shell: back to the
space before it. `部署 Redis` → `部署 `; Chinese written without spaces goes as one word.
*/
export function deleteWord(query: string): string {
	return query.replace(/\S*\s*$/u, '');
}
