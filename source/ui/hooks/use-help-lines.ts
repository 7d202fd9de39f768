import {useMemo} from 'react';
import type {Door} from '../../model/door.js';
import type {Language} from '../../model/language.js';
import stringsFor from '../../strings/index.js';
import type {Glyphs} from '../../theme/glyphs.js';
import {type HelpCell, helpLines} from '../layout/help-layout.js';
import calculateLayout from '../layout/layout.js';

/**
The help screen's lines in a language, for the keys that work at `door`, laid out once for a
terminal of `columns` × `rows`, then kept: laying them out tries every way to split the keys
in two columns, too much to do again for each key pressed. None on the too-small screen.
*/
export default function useHelpLines(
	entries: Readonly<Record<Language, readonly unknown[]>>,
	door: Door,
	glyphs: Glyphs,
	columns: number,
	rows: number,
): (language: Language) => HelpCell[][] {
	return useMemo(() => {
		const cache = new Map<Language, HelpCell[][]>();
		return (language: Language) => {
			const count = entries[language].length;
			const layout = calculateLayout(columns, rows, count);
			const lines =
				cache.get(language) ??
				(layout.kind === 'too-small' ? [] : helpLines(stringsFor(language), count, door, glyphs, layout.help));
			cache.set(language, lines);
			return lines;
		};
	}, [entries, door, glyphs, columns, rows]);
}
