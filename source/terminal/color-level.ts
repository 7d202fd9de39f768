/** Colour depth: none, 16, 256, or 16 million colours. */
export type ColorLevel = 0 | 1 | 2 | 3;

/**
How much colour to use. `--no-color` turns it off; a FORCE_COLOR variable has the last word
(its level is already in `detected`, which comes from supports-color); otherwise a
non-empty NO_COLOR turns it off, as no-color.org asks.
*/
export default function colorLevel(flag: boolean, env: NodeJS.ProcessEnv, detected: ColorLevel): ColorLevel {
	if (!flag) {
		return 0;
	}

	if (env.FORCE_COLOR !== undefined) {
		return detected;
	}

	return env.NO_COLOR ? 0 : detected;
}
