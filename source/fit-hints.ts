import type {hints} from './keys.js';
import stringWidth from './string-width.js';

/** The hints that fit in `width` columns, in table order; the last one (quit) always stays. */
export default function fitHints(all: ReturnType<typeof hints>, width: number): ReturnType<typeof hints> {
	const cells = (hint: (typeof all)[number]) => stringWidth(`  ${hint.keys} ${hint.action}`);
	const last = all.at(-1);
	let used = 1 + (last ? cells(last) : 0);
	const fitted = all.slice(0, -1).filter((hint) => {
		used += cells(hint);
		return used <= width;
	});
	return last ? [...fitted, last] : fitted;
}
