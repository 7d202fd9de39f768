import type {Range} from './split-wide.js';

// A character's lower case where it is as long: offsets into the folded text are the text's
// own. `İ` (whose lower case is two units) is left as it is.
const fold = (text: string): string =>
	Array.from(text, (character) => {
		const lower = character.toLowerCase();
		return lower.length === character.length ? lower : character;
	}).join('');

/**
Where `query` stands in `text`, left to right, none overlapping: ranges of `text`. Letters
match whatever their case (`redis` finds `Redis`); Chinese matches as written. The spaces
around the query are not searched for (a space typed before Enter is not a request for one),
and a query of nothing but spaces matches nothing, as an empty one.
*/
export default function findMatches(text: string, query: string): Range[] {
	const needle = fold(query.trim());
	if (needle === '') {
		return [];
	}

	const haystack = fold(text);
	const ranges: Range[] = [];
	for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
		ranges.push({start: at, end: at + needle.length});
	}

	return ranges;
}
