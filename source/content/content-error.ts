/** A content file that does not have the expected shape: where, and what was expected. */
export default class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly expected: string,
	) {
		super(`${file}:${line}: ${expected}`);
		this.name = 'ContentError';
	}
}
