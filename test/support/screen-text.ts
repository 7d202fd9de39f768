/** What the app draws, on the tests' own résumé, to show where the focus is: a heavy frame round the focused box. */
export const focused = {
	/** The menu's heavy frame: the menu has the focus. */
	menu: '┏━ Aster Lin ━',
	/** The menu's rounded frame: the panel has the focus. */
	panel: '╭─ Aster Lin ─',
} as const;

/** The panel's scroll note, `━ first–last / total ━`, read from a screen. */
export function scrollNote(text: string): {first: number; last: number; total: number} | undefined {
	const found = /━ (\d+)–(\d+) \/ (\d+) ━/.exec(text);
	return found ? {first: Number(found[1]), last: Number(found[2]), total: Number(found[3])} : undefined;
}

/** The panel's scroll note is at its end, or there is none: everything fits. */
export function atEnd(text: string): boolean {
	const note = /(\d+)–(\d+) \/ (\d+) /.exec(text);
	return !note || note[2] === note[3];
}

// The résumé's own text is Chinese; everything the interface draws around it must be ASCII.
const content = /[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFF60]/gu;

/** The marks on a screen that are not ASCII, the résumé's Chinese text left out. */
export function nonAsciiMarks(screen: string): string[] {
	return [...new Set(screen.replace(content, '').replaceAll(/[\u0020-\u007E\n]/g, ''))];
}
