/** A grapheme of a text and where it starts, as `Intl.Segmenter` gives it. */
type Grapheme = {readonly segment: string; readonly index: number};

/** The graphemes of a text, in order, and the one at an offset: what `Intl.Segments` offers. */
type Graphemes = Iterable<Grapheme> & {readonly containing: (index: number) => Grapheme | undefined};

// Characters that are a grapheme each, whatever stands beside them (Unicode's grapheme break
// property Other or Control): Latin-1 and the C0 controls but the carriage return, which
// joins a line feed; and the blocks of string-width's fast ranges without U+302A–302F, marks
// that join the character before them.
const alone =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: escape codes are graphemes of their own.
	/^[\u0000-\u000C\u000E-\u00FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u23CE\u2500-\u259F\u3000-\u3029\u3030-\u303E\u4E00-\u9FFF\uFF01-\uFF60]*$/;

// Making the first segmenter loads ICU's data (about 10 ms): a start whose text is all
// characters of the kind above never makes one.
let segmenter: Intl.Segmenter | undefined;

function* single(text: string): Generator<Grapheme> {
	for (let index = 0; index < text.length; index++) {
		yield {segment: text[index]!, index};
	}
}

/** The graphemes of a text, as `new Intl.Segmenter().segment(text)` gives them. */
export default function graphemes(text: string): Graphemes {
	if (alone.test(text)) {
		return {
			[Symbol.iterator]: () => single(text),
			containing: (index) => (index >= 0 && index < text.length ? {segment: text[index]!, index} : undefined),
		};
	}

	segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	return segmenter.segment(text);
}
