import type {Language} from '../model/language.js';
import en from './en.js';
import type {Strings} from './words.js';
import zh from './zh.js';

export type {FlagName, Strings} from './words.js';

const tables: Readonly<Record<Language, Strings>> = {zh, en};

/** The interface text of a language. */
export default function stringsFor(language: Language): Strings {
	return tables[language];
}
