declare module 'manjusaka:prepared' {
	/**
	The résumé as the build found it, and its plain text at the default width, printed when
	the build ran: a pipe gets the whole résumé without parsing or wrapping anything.
	*/
	const prepared: {
		readonly file: string;
		readonly source: string;
		readonly plain: {readonly width: number; readonly text: string};
	};
	export default prepared;
}
