import {useMemo} from 'react';
import {type BlockStyle, type LaidOut, layoutBlocks} from '../../document/blocks.js';
import type {Language} from '../../model/language.js';
import type {Entry} from '../entries/entries.js';

/** The lines of an entry's text in a language, wrapped to `width` columns in `style` once, then kept; with where their text comes from, for a search. */
export default function usePanelLines(
	entries: Readonly<Record<Language, readonly Entry[]>>,
	width: number,
	style: BlockStyle,
): (language: Language, index: number) => LaidOut {
	return useMemo(() => {
		const cache = new Map<string, LaidOut>();
		return (language: Language, index: number): LaidOut => {
			const key = `${language}:${index}`;
			const cached = cache.get(key) ?? layoutBlocks(entries[language][index]!.blocks, width, style);
			cache.set(key, cached);
			return cached;
		};
	}, [entries, width, style]);
}
