import {useMemo} from 'react';
import {type Language, languages} from '../../model/language.js';
import type {Resumes} from '../../model/resume.js';
import stringsFor from '../../strings/index.js';
import toEntries, {type Entry} from '../entries/entries.js';

/** The menu entries of the résumé in every language. */
export default function useEntries(resumes: Resumes): Readonly<Record<Language, readonly Entry[]>> {
	return useMemo(
		() =>
			Object.fromEntries(
				languages.map((language) => [language, toEntries(resumes[language], stringsFor(language))]),
			) as Record<Language, Entry[]>,
		[resumes],
	);
}
