import type {Theme} from './theme.js';

/** The theme's painters that inline Markdown uses. */
type InlineStyle = 'strong' | 'em' | 'del' | 'code' | 'link';

/**
Text with the theme's inline styles and links in it, not yet painted: a piece of text, or a
style or a link over the pieces inside it. Any theme paints it (`paintStyled`).
*/
export type Styled =
	| string
	| {readonly style: InlineStyle; readonly inner: readonly Styled[]}
	| {readonly link: string; readonly inner: readonly Styled[]};

const inlineStyles = ['strong', 'em', 'del', 'code', 'link'] as const;

/** The text as `theme` shows it: each style painted, each link made a link, inside out. */
export function paintStyled(pieces: readonly Styled[], theme: Theme): string {
	let text = '';
	for (const piece of pieces) {
		if (typeof piece === 'string') {
			text += piece;
		} else if ('style' in piece) {
			text += theme.paint[piece.style](paintStyled(piece.inner, theme));
		} else {
			text += theme.hyperlink(paintStyled(piece.inner, theme), piece.link);
		}
	}

	return text;
}

// Marks that a recording theme writes around what it would paint: characters of Unicode's
// private use area, which text of the résumé never holds (`recordable` checks).
const styleStart = '\uE000';
const linkStart = '\uE001';
const innerStart = '\uE002';
const end = '\uE003';
const marks = /[\uE000-\uE003]/;

/**
A theme that paints nothing but marks where each inline style and link would go: a
renderer's output with it, read by `readStyled`, is what the renderer does with any theme.
*/
export function recordingTheme(theme: Theme): Theme {
	const mark = (style: InlineStyle) => (text: string) => `${styleStart}${style}${innerStart}${text}${end}`;
	return {
		...theme,
		hyperlink: (text, url) => `${linkStart}${url}${innerStart}${text}${end}`,
		paint: {...theme.paint, ...Object.fromEntries(inlineStyles.map((style) => [style, mark(style)]))},
	};
}

/** The styled text that a renderer wrote with a `recordingTheme`. */
export function readStyled(recorded: string): Styled[] {
	const fail = (what: string) => new Error(`${what} in ${JSON.stringify(recorded)}`);
	// A code the theme did not write: the renderer painted something itself.
	if (recorded.includes('\u001B')) {
		throw fail('a style painted outside the theme');
	}

	let at = 0;
	const read = (): Styled[] => {
		const pieces: Styled[] = [];
		let text = '';
		while (at < recorded.length && recorded[at] !== end) {
			const start = recorded[at]!;
			if (start !== styleStart && start !== linkStart) {
				text += start;
				at++;
				continue;
			}

			if (text !== '') {
				pieces.push(text);
				text = '';
			}

			const inner = recorded.indexOf(innerStart, at);
			if (inner === -1) {
				throw fail('a mark without its text');
			}

			const name = recorded.slice(at + 1, inner);
			at = inner + 1;
			const content = read();
			if (recorded[at] !== end) {
				throw fail('a mark without its end');
			}

			at++;
			pieces.push(start === styleStart ? {style: name as InlineStyle, inner: content} : {link: name, inner: content});
		}

		if (text !== '') {
			pieces.push(text);
		}

		return pieces;
	};

	const pieces = read();
	if (at !== recorded.length) {
		throw fail('an end without its mark');
	}

	return pieces;
}

/** Whether a renderer's output for a text can be recorded: the text holds none of the marks. */
export const recordable = (text: string): boolean => !marks.test(text);
