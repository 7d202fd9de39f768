import {useMemo} from 'react';
import type {LaidOut} from '../../document/blocks.js';
import type {Language} from '../../model/language.js';
import searchResults, {type Results} from '../search/results.js';

/**
The results of a query in a language, found once for the texts as laid out now, then kept:
the keys ask for those of the state they act on, which can be ahead of the one drawn.
*/
export default function useSearchResults(
	entries: Readonly<Record<Language, readonly unknown[]>>,
	textOf: (language: Language, index: number) => LaidOut,
): (language: Language, query: string) => Results {
	return useMemo(() => {
		const cache = new Map<string, Results>();
		return (language: Language, query: string): Results => {
			const key = `${language}:${query}`;
			const cached =
				cache.get(key) ?? searchResults(entries[language].length, (index) => textOf(language, index), query);
			cache.set(key, cached);
			// The last queries typed are enough: each key asks for the one before it at most.
			if (cache.size > 16) {
				cache.delete(cache.keys().next().value!);
			}

			return cached;
		};
	}, [entries, textOf]);
}
