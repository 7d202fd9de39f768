// The sizes the résumé is printed and drawn at when nothing else says: the build, the
// command line's checks, its help, the run's plan and the terminals all read them here.

/** Columns of printed text without a terminal to fit (a pipe, a file): the VT100's 80, which the build prints at too. */
export const defaultWidth = 80;

/** The columns `--width` takes. */
export const widthRange = {min: 20, max: 1000} as const;

/** Widest text in a terminal, printed or in the app's panel: long lines are hard to read on a very wide terminal. */
export const maxTextWidth = 100;

/** A terminal's size when it does not say (0, or no pty): the VT100's. */
export const fallbackSize = {columns: defaultWidth, rows: 24} as const;
