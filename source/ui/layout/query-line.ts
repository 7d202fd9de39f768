import graphemes from '../../text/graphemes.js';
import stringWidth from '../../text/string-width.js';

/**
The end of a query that fits in `room` columns, a Chinese character counting as two: the
part by the cursor, after `ellipsis` where the start is cut. Never a character split.
*/
export function queryTail(query: string, room: number, ellipsis: string): string {
	if (stringWidth(query) <= room) {
		return query;
	}

	const space = room - stringWidth(ellipsis);
	let kept = '';
	for (const {segment} of Array.from(graphemes(query)).reverse()) {
		if (stringWidth(segment + kept) > space) {
			break;
		}

		kept = segment + kept;
	}

	return space < 0 ? '' : ellipsis + kept;
}

/**
How the query line shares `width` columns: ` /`, the query and its cursor (a cell), then a
note as shown (`  3 matches`). The query gets all it needs where it can; where it cannot, it
leaves the note room unless that would leave it less than `minQuery`. Returns the query as
shown and the columns left after it and its cursor.
*/
export default function fitQuery(
	query: string,
	note: string,
	width: number,
	ellipsis: string,
): {query: string; rest: number} {
	const minQuery = 8;
	const room = Math.max(0, width - 2 - 1);
	const noteCells = stringWidth(note);
	const shown = queryTail(query, room - noteCells >= minQuery ? room - noteCells : room, ellipsis);
	return {query: shown, rest: room - stringWidth(shown)};
}
