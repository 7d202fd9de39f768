import {supportsColor} from 'chalk';
import isInCi from 'is-in-ci';
import isUnicodeSupported from 'is-unicode-supported';
import type {Terminal} from '../cli/plan.js';
import type {ColorLevel} from '../theme/color-level.js';

/** The process's own input and output, as far as the plan asks. */
export type OwnStreams = {
	readonly stdin: {readonly isTTY?: boolean};
	readonly stdout: {readonly isTTY?: boolean; readonly columns?: number};
};

/**
What the process's own terminal tells the plan, for the linked command and the full CLI
alike: its streams, and what supports-color (through chalk), is-unicode-supported and
is-in-ci find in the process's environment.
*/
export default function ownTerminal(streams: OwnStreams): Terminal {
	const {stdout} = streams;
	return {
		columns: (stdout.isTTY && stdout.columns) || undefined,
		// stdin only when the output is a terminal: Node makes process.stdin when it is first
		// read, which costs a piped run a few milliseconds.
		keys: Boolean(stdout.isTTY && streams.stdin.isTTY),
		colorLevel: (supportsColor || {level: 0}).level as ColorLevel,
		unicode: isUnicodeSupported(),
		ci: isInCi,
	};
}
