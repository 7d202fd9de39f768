/** The escape sequences that take the terminal into full-screen mode and back. */
export const terminal = {
	enter: '\u001B[?1049h\u001B[H\u001B[2J',
	// Cursor shown, alternate screen left: the screen and scrollback are as they were.
	leave: '\u001B[?25h\u001B[?1049l',
	clear: '\u001B[H\u001B[2J',
} as const;
