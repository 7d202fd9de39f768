declare module 'manjusaka:prepared' {
	/**
	The résumé in each language as the build read and checked it, and its plain text at the
	default width, printed when the build ran: the CLI parses nothing, and a pipe wraps nothing.
	*/
	const prepared: {
		readonly resumes: import('../model/resume.js').Resumes;
		readonly plain: {
			readonly width: number;
			readonly text: Readonly<Record<import('../model/language.js').Language, string>>;
		};
	};
	export default prepared;
}
