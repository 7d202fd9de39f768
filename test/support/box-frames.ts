/** A box drawn with corners and bars, by cell column; `faults` lists what is out of line. */
export type BoxFrame = {
	readonly top: number;
	readonly bottom: number;
	readonly left: number;
	readonly right: number;
	readonly faults: readonly string[];
};

// The two boxes the app draws: heavy for the focused one, rounded for the other.
const styles = {
	'┏': {vertical: '┃', topRight: '┓', bottomLeft: '┗', bottomRight: '┛'},
	'╭': {vertical: '│', topRight: '╮', bottomLeft: '╰', bottomRight: '╯'},
} as const;

/** The boxes in a grid of cells (one character per cell), found from their top-left corners, each checked for straight sides. */
export default function boxFrames(grid: ReadonlyArray<readonly string[]>): BoxFrame[] {
	const at = (y: number, x: number) => grid[y]?.[x] ?? '';
	const found: BoxFrame[] = [];
	for (const [top, row] of grid.entries()) {
		for (const [left, char] of row.entries()) {
			if (!Object.hasOwn(styles, char)) {
				continue;
			}

			const {vertical, topRight, bottomLeft, bottomRight} = styles[char as keyof typeof styles];
			const right = row.indexOf(topRight, left + 1);
			const faults: string[] = [];
			if (right < 0) {
				faults.push(`row ${top}: no ${topRight} right of column ${left}`);
				found.push({top, bottom: top, left, right, faults});
				continue;
			}

			let bottom = top + 1;
			while (bottom < grid.length && at(bottom, left) === vertical) {
				if (at(bottom, right) !== vertical) {
					faults.push(`row ${bottom}: "${at(bottom, right)}" at column ${right}, not ${vertical}`);
				}

				bottom++;
			}

			if (at(bottom, left) !== bottomLeft || at(bottom, right) !== bottomRight) {
				faults.push(
					`row ${bottom}: "${at(bottom, left)}…${at(bottom, right)}" at columns ${left}, ${right}, not ${bottomLeft}…${bottomRight}`,
				);
			}

			found.push({top, bottom, left, right, faults});
		}
	}

	return found;
}
