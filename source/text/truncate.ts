import graphemes from './graphemes.js';
import stringWidth from './string-width.js';

/**
Plain text cut to at most `width` columns, ending in `ellipsis` when cut. cli-truncate can
end one column over when a Chinese character straddles the edge; this never does.
*/
export default function truncate(text: string, width: number, ellipsis: string): string {
	if (stringWidth(text) <= width) {
		return text;
	}

	const room = width - stringWidth(ellipsis);
	if (room < 0) {
		return '';
	}

	let kept = '';
	let used = 0;
	for (const {segment} of graphemes(text)) {
		const cells = stringWidth(segment);
		if (used + cells > room) {
			break;
		}

		kept += segment;
		used += cells;
	}

	return kept + ellipsis;
}

/** `text` and spaces up to `width` columns: padEnd would count a Chinese character as one. */
export const padColumns = (text: string, width: number): string =>
	text + ' '.repeat(Math.max(0, width - stringWidth(text)));
