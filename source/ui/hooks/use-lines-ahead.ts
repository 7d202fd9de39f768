import {useEffect} from 'react';
import {type Language, otherLanguage} from '../../model/language.js';

/**
Wraps every entry's text, in both languages, after the frame is drawn: one entry at a time,
each in a turn of its own, so that a key between two finds the app free and the entry it
asks for ready. The shown language first, the entries nearest the selected one first.
`linesOf` keeps what it wraps; nothing is wrapped while `active` is false.
*/
export default function useLinesAhead(
	linesOf: (language: Language, index: number) => unknown,
	entries: Readonly<Record<Language, readonly unknown[]>>,
	{language, selected, active}: {readonly language: Language; readonly selected: number; readonly active: boolean},
): void {
	useEffect(() => {
		if (!active) {
			return;
		}

		const nearest = (count: number) =>
			Array.from({length: count}, (_, index) => index).sort(
				(a, b) => Math.abs(a - selected) - Math.abs(b - selected) || a - b,
			);
		const pending = [language, otherLanguage(language)].flatMap((each) =>
			nearest(entries[each].length).map((index) => [each, index] as const),
		);
		let timer: NodeJS.Timeout | undefined;
		const next = () => {
			const item = pending.shift();
			if (item) {
				linesOf(...item);
				timer = setTimeout(next, 0);
			}
		};

		timer = setTimeout(next, 0);
		return () => clearTimeout(timer);
	}, [linesOf, entries, language, selected, active]);
}
