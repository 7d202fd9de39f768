declare module 'manjusaka:prepared' {
	import type {Resume} from '../resume.js';

	/**
	The résumé as the build read and checked it, and its plain text at the default width,
	printed when the build ran: the CLI parses nothing, and a pipe wraps nothing.
	*/
	const prepared: {
		readonly resume: Resume;
		readonly plain: {readonly width: number; readonly text: string};
	};
	export default prepared;
}
