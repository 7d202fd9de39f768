import {PassThrough} from 'node:stream';
import {type Instance, render} from 'ink';
import type {ReactNode} from 'react';
import type Screen from '../../terminal/screen.js';

/** Renders `node` with Ink onto `screen` alone: Ink never reads an input or touches the process's streams. */
export default function renderOnScreen(node: ReactNode, screen: Screen): Instance {
	return render(node, {
		stdout: screen as unknown as NodeJS.WriteStream,
		// The keys come from the session; Ink's own input is never read.
		stdin: new PassThrough() as unknown as NodeJS.ReadStream,
		stderr: new PassThrough() as unknown as NodeJS.WriteStream,
		// Each frame whole, at once, to the screen, which draws what changed.
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
}
