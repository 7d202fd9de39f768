import type {LaidOut} from '../../document/blocks.js';
import findMatches from '../../text/find-matches.js';
import stringWidth from '../../text/string-width.js';

/** The columns [from, to) of a line that a match covers. */
type Span = {readonly line: number; readonly from: number; readonly to: number};

/** A match in an entry's text: the line and column it starts at, and what it covers (a span per line: wrapping may split it). */
export type Match = {readonly line: number; readonly column: number; readonly spans: readonly Span[]};

/**
Where `query` stands in laid-out text, in reading order. The texts are searched as they
were before wrapping, so that a match split across two lines is found; each is then mapped
onto the columns of the lines that show it. A match that no line shows (spaces where a
line was broken) is left out.
*/
export default function matchLines(laid: LaidOut, query: string): Match[] {
	const linesOf = new Map<number, number[]>();
	for (const [line, source] of laid.sources.entries()) {
		if (source) {
			linesOf.set(source.segment, [...(linesOf.get(source.segment) ?? []), line]);
		}
	}

	return laid.segments.flatMap((text, segment) =>
		findMatches(text, query).flatMap(({start, end}) => {
			const spans = (linesOf.get(segment) ?? []).flatMap((line) => {
				const source = laid.sources[line]!;
				const from = Math.max(start, source.start);
				const to = Math.min(end, source.end);
				const column = (offset: number) => source.column + stringWidth(text.slice(source.start, offset));
				return from < to ? [{line, from: column(from), to: column(to)}] : [];
			});
			const [first] = spans;
			return first ? [{line: first.line, column: first.from, spans}] : [];
		}),
	);
}
