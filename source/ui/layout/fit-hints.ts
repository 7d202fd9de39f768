import stringWidth from '../../text/string-width.js';

/** A footer hint as shown: its keys, what they do, and its rank (the highest go first when room is short). */
export type ShownHint = {readonly keys: string; readonly action: string; readonly rank: number};

const cells = (hint: ShownHint) => stringWidth(`  ${hint.keys} ${hint.action}`);

/**
The hints that fit in `width` columns, in table order: taken by rank, the lowest first, each
one that still fits (a lower rank that does not fit leaves room for a later one that does).
*/
export default function fitHints(all: readonly ShownHint[], width: number): ShownHint[] {
	let used = 1;
	const kept = new Set<ShownHint>();
	for (const hint of [...all].sort((a, b) => a.rank - b.rank)) {
		if (used + cells(hint) <= width) {
			kept.add(hint);
			used += cells(hint);
		}
	}

	return all.filter((hint) => kept.has(hint));
}
