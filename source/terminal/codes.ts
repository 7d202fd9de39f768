/**
The modes the app sets on a terminal and takes back, and the codes of a frame's update. The
rest it writes are made where they are needed: its queries (ask-background.ts), the
clipboard's OSC 52 (clipboard.ts), a frame's colours (chalk, through the theme).
*/
export const codes = {
	/**
	Into full-screen mode: the alternate screen (the user's screen and scrollback stay as
	they are), the cursor hidden, lines that do not wrap at the edge (a row too long is cut,
	never pushed onto the next or scrolling the screen), pastes marked so that pasted text is
	not taken for keys.
	*/
	enter: '\u001B[?1049h\u001B[?25l\u001B[?7l\u001B[?2004h',
	/** Back out of it, each mode in the reverse order: the terminal as it was found. */
	leave: '\u001B[?2004l\u001B[?7h\u001B[?25h\u001B[?1049l',
	/** A frame is drawn whole or not at all: the terminal shows nothing of it until `endUpdate`. */
	beginUpdate: '\u001B[?2026h',
	endUpdate: '\u001B[?2026l',
	/** The whole screen emptied, hidden cells beyond the edge too (which a wider terminal would show again). */
	clear: '\u001B[H\u001B[2J',
	/** Row `y` (from 0) emptied, with no style left over to colour it, and the cursor at its start. */
	row: (y: number) => `\u001B[${y + 1};1H\u001B[0m\u001B[2K`,
} as const;
