import stringWidth from '../text/string-width.js';

/** A footer hint as shown: its keys, what they do, and whether it stays when room is short. */
export type ShownHint = {readonly keys: string; readonly action: string; readonly always: boolean};

const cells = (hint: ShownHint) => stringWidth(`  ${hint.keys} ${hint.action}`);

/**
The hints that fit in `width` columns, in table order. Those marked `always` (the
language, help and quit: the way to read it at all, to learn the rest, and out) stay; the
others fill the room left.
*/
export default function fitHints(all: readonly ShownHint[], width: number): ShownHint[] {
	let used = 1 + all.filter((hint) => hint.always).reduce((sum, hint) => sum + cells(hint), 0);
	return all.filter((hint) => {
		if (hint.always) {
			return true;
		}

		if (used + cells(hint) > width) {
			return false;
		}

		used += cells(hint);
		return true;
	});
}
