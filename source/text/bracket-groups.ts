const pairs: Readonly<Record<string, string>> = {'(': ')', '（': '）', '[': ']', '【': '】', '「': '」', '《': '》'};

/** The widest bracketed group kept on one line: `(2012 ~ 2016)`, `（示例大学）`; a longer one may break inside. */
export const maxGroupWidth = 20;

/**
Whether a break at an offset of `plain` would fall inside a bracketed group no wider than
`maxWidth` columns, brackets included: such a group is kept whole, so that no line ends in
`(2012` or starts with `学）`. `column(i)` is the width of `plain.slice(0, i)`.
*/
export default function insideShortGroup(
	plain: string,
	column: (offset: number) => number,
	maxWidth: number,
): (offset: number) => boolean {
	const spans: Array<[number, number]> = [];
	const open: Array<[string, number]> = [];
	// Every bracket is one UTF-16 unit: offsets are the string's own.
	for (let offset = 0; offset < plain.length; offset++) {
		const character = plain[offset]!;
		if (pairs[character]) {
			open.push([pairs[character], offset]);
		} else if (open.at(-1)?.[0] === character) {
			const start = open.pop()![1];
			if (column(offset + 1) - column(start) <= maxWidth) {
				spans.push([start, offset]);
			}
		}
	}

	return (offset) => spans.some(([start, end]) => offset > start && offset <= end);
}
