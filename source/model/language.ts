/** The languages the résumé and the interface are written in. */
export const languages = ['zh', 'en'] as const;

/** A language of the résumé: `zh`, the original, or `en`. */
export type Language = (typeof languages)[number];

/** Whether a string names a language. */
export function isLanguage(value: string): value is Language {
	return (languages as readonly string[]).includes(value);
}

/**
The language the locale asks for: English when the first locale variable that is set
(`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX orders them) starts with `en`,
Chinese otherwise: it is the original.
*/
export function localeLanguage(env: Readonly<Record<string, string | undefined>>): Language {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return /^en(?:[_.@-]|$)/i.test(locale) ? 'en' : 'zh';
}

/** The other language, for the key that switches. */
export function otherLanguage(language: Language): Language {
	return language === 'zh' ? 'en' : 'zh';
}
