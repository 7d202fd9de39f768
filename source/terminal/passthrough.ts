import type {Multiplexer} from './session.js';

/**
`sequence` wrapped so that a multiplexer passes it on to the terminal outside, where it
would keep it to itself: tmux's passthrough (`ESC P tmux; … ESC \`, each ESC inside
doubled; tmux 3.3 and later pass it on with `set -g allow-passthrough on`), screen's DCS
(`ESC P … ESC \`; what is inside must not hold an ESC \). Outside a multiplexer, as it is.
*/
export default function passthrough(sequence: string, multiplexer: Multiplexer): string {
	switch (multiplexer) {
		case 'tmux': {
			return `\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\`;
		}

		case 'screen': {
			return `\u001BP${sequence}\u001B\\`;
		}

		case 'none': {
			return sequence;
		}
	}
}
