import type {Readable, Writable} from 'node:stream';
import type {Language} from '../model/language.js';
import type {Strings} from '../strings/index.js';
import type {ColorLevel} from '../theme/color-level.js';
import type {Background} from '../theme/palette.js';

/** A terminal's size in character cells; 0 where it is not known. */
export type Size = {readonly columns: number; readonly rows: number};

/**
A terminal multiplexer the app runs in, which keeps to itself some of what the app writes
for the terminal (OSC 52), passed on when wrapped for it: tmux (`TMUX` is set) or GNU screen
(`STY` is set).
*/
export type Multiplexer = 'tmux' | 'screen' | 'none';

/** What one terminal can show, and the language its user reads. */
export type Capabilities = {
	readonly colorLevel: ColorLevel;
	/**
	The background the colours are for, where it is known (`--theme`, `COLORFGBG`); `unknown`:
	the app asks the terminal (OSC 11) as it starts, and takes dark if no answer comes.
	*/
	readonly background: Background | 'unknown';
	/** The multiplexer between the app and the terminal, if any. */
	readonly multiplexer: Multiplexer;
	/** Whether box lines and arrows draw well; without, ASCII stands in. */
	readonly unicode: boolean;
	/** Whether it opens OSC 8 links. */
	readonly hyperlinks: boolean;
	readonly language: Language;
};

/**
One terminal the full-screen app runs on: the process's own, or an SSH channel. The app
reads its keys from `input`, draws on `output` and follows its size; it never touches the
process, so one process can serve several terminals at once.
*/
export type TerminalSession = {
	/** The bytes the terminal sends: keys, pastes, reports. */
	readonly input: Readable;
	/**
	Whether a key, a paste or a report parsed from the input is taken: a server drops a
	visitor's keys past their share. Absent: every one is. Reports count as keys: a terminal
	answers once or twice as the app starts, within any share, and a client sending
	thousands of answers is flooding like any other.
	*/
	readonly admit?: () => boolean;
	/** Where the frames go. */
	readonly output: Writable;
	readonly capabilities: Capabilities;
	/** The size now. */
	size(): Size;
	/** Calls `listener` each time the size changes; returns what stops it. */
	onResize(listener: () => void): () => void;
	/**
	Stops the program until its user resumes it (Ctrl+Z), calling `beforeStop` (which gives
	the screen back) just before it stops: resolves true once it runs again, false where no
	shell could resume it and nothing was done. Absent where a terminal has no job control
	at all (an SSH channel).
	*/
	readonly suspend?: (beforeStop: () => void) => Promise<boolean>;
};

/** The app running on a terminal: how it ends, and what the terminal's owner can ask of it. */
export type Running = {
	/** Resolves with the exit status once the app has ended and the terminal is as it was found. */
	readonly exited: Promise<number>;
	/** Ends the app at once with `code` (a signal, a closed connection), the terminal restored before it returns. */
	readonly stop: (code: number) => void;
	/** Gives the terminal back while the program is stopped (Ctrl+Z), then takes it again and redraws. */
	readonly suspend: () => Promise<void>;
	/** Shows a message from the terminal's owner (a server about to restart) in place of the keys, in the language read. */
	readonly notice: (message: (strings: Strings) => string) => void;
};
