import passthrough from './passthrough.js';
import type {Multiplexer} from './session.js';

/**
The bytes that ask the terminal to put `text` on the clipboard: OSC 52 (`ESC ] 52 ; c ;
BASE64 BEL`), through the multiplexer's passthrough where there is one. The terminal may
refuse, or ask its user first; nothing comes back to say which.
*/
export default function copySequence(text: string, multiplexer: Multiplexer): string {
	return passthrough(`\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`, multiplexer);
}
