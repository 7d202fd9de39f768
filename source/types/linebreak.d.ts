declare module 'linebreak' {
	/** A place where a line may (or, after a newline, must) break. */
	export type Break = {readonly position: number; readonly required: boolean};

	/** Unicode line breaking (UAX #14) over a string. */
	export default class LineBreaker {
		constructor(text: string);
		nextBreak(): Break | null;
	}
}
