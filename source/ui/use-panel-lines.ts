import {useMemo} from 'react';
import type {BlockStyle} from '../document/blocks.js';
import renderBlocks from '../document/blocks.js';
import type {Language} from '../model/language.js';
import type {Entry} from './entries.js';

/** The lines of an entry's text in a language, wrapped to `width` columns in `style` once, then kept. */
export default function usePanelLines(
	entries: Readonly<Record<Language, readonly Entry[]>>,
	width: number,
	style: BlockStyle,
): (language: Language, index: number) => string[] {
	return useMemo(() => {
		const cache = new Map<string, string[]>();
		return (language: Language, index: number): string[] => {
			const key = `${language}:${index}`;
			const cached = cache.get(key) ?? renderBlocks(entries[language][index]!.blocks, width, style);
			cache.set(key, cached);
			return cached;
		};
	}, [entries, width, style]);
}
