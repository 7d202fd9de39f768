declare module 'manjusaka:prepared' {
	/**
	The résumé in each language as the build read and checked it, and its plain text at the
	default width, printed when the build ran: the CLI parses nothing, and a pipe wraps nothing.
	*/
	const prepared: {
		readonly resumes: import('../model/resume.js').Resumes;
		/** The inline Markdown of every text the app shows, rendered once (`prepareInline`). */
		readonly inline: import('../ui/entries/prepare-inline.js').PreparedInline;
		readonly plain: {
			readonly text: Readonly<Record<import('../model/language.js').Language, string>>;
		};
	};
	export default prepared;
}

declare module 'manjusaka:plain' {
	/** The résumé's plain text at the default width in each language, printed when the build ran. */
	const plain: {
		readonly text: Readonly<Record<import('../model/language.js').Language, string>>;
	};
	export default plain;
}
