/** Colour depth: none, 16, 256, or 16 million colours. */
export type ColorLevel = 0 | 1 | 2 | 3;

/** What the command line says of colour: `--color`, `--no-color`, or nothing. */
export type ColorChoice = 'auto' | 'always' | 'never';

/**
How much colour to use, as chalk's convention has it. `--no-color` turns it off; then a
FORCE_COLOR variable has the last word (its level is already in `detected`, which comes
from supports-color); `--color` asks for colour even in a pipe; otherwise a non-empty
NO_COLOR, or a terminal that says it has none (`TERM=xterm-mono`, `dumb`), turns it off.
*/
export default function colorLevel(choice: ColorChoice, env: NodeJS.ProcessEnv, detected: ColorLevel): ColorLevel {
	if (choice === 'never') {
		return 0;
	}

	if (env.FORCE_COLOR !== undefined) {
		return detected;
	}

	if (choice === 'always') {
		return detected === 0 ? 1 : detected;
	}

	return env.NO_COLOR || /-mono$|^dumb$/.test(env.TERM ?? '') ? 0 : detected;
}
