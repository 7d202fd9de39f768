import sliceAnsi from 'slice-ansi';
import type {Match} from './matches.js';

/** How matches are painted: every one, and the one gone to. */
type MatchPaint = {readonly match: (text: string) => string; readonly current: (text: string) => string};

/**
The lines with every match painted, the match at index `current` in its own way. Lines may
carry colour codes and links: the painted columns are cut out of them with their styles.
*/
export default function highlight(
	lines: readonly string[],
	matches: readonly Match[],
	current: number | undefined,
	paint: MatchPaint,
): string[] {
	const byLine = new Map<number, Array<{from: number; to: number; painter: (text: string) => string}>>();
	for (const [index, match] of matches.entries()) {
		for (const {line, from, to} of match.spans) {
			const painter = index === current ? paint.current : paint.match;
			byLine.set(line, [...(byLine.get(line) ?? []), {from, to, painter}]);
		}
	}

	return lines.map((line, index) => {
		const spans = byLine.get(index);
		if (!spans) {
			return line;
		}

		let result = '';
		let at = 0;
		for (const {from, to, painter} of spans.sort((a, b) => a.from - b.from)) {
			result += sliceAnsi(line, at, from) + painter(sliceAnsi(line, from, to));
			at = to;
		}

		return result + sliceAnsi(line, at);
	});
}
