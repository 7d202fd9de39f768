import type {LaidOut} from '../../document/blocks.js';
import type {Found} from '../../keys/state-types.js';
import matchLines, {type Match} from './matches.js';

/** A query's matches in every entry: each entry's, for the menu and the panel; every place, for the keys. */
export type Results = {
	readonly matches: ReadonlyArray<readonly Match[]>;
	readonly found: Found;
};

/** The matches of `query` in the texts of `entries` entries, each laid out as the panel shows it. */
export default function searchResults(entries: number, textOf: (index: number) => LaidOut, query: string): Results {
	const texts = Array.from({length: entries}, (_, index) => textOf(index));
	const matches = texts.map((laid) => matchLines(laid, query));
	return {
		matches,
		found: {
			places: matches.flatMap((each, entry) => each.map(({line, column}) => ({entry, line, column}))),
			lines: texts.map((laid) => laid.lines.length),
		},
	};
}
