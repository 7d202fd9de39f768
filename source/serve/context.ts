import type {Resumes} from '../model/resume.js';
import type Admission from './admission.js';
import type {Log} from './log.js';
import type {Metrics, Refusal} from './metrics.js';
import type {Limits} from './serve-options.js';

/** A session the server can reach while it drains: told once, then ended. */
export type Open = {
	/** Tells the visitor the server is going away; a session that printed its text is already gone. */
	readonly drain: () => void;
	/** Ends it now, for `why`. */
	readonly end: (why: string) => void;
};

/** What every connection of one server shares. */
export type ServerContext = {
	readonly resumes: Resumes;
	/** The CLI's `import.meta`, where the flag parser finds the package's version. */
	readonly importMeta: ImportMeta;
	readonly limits: Limits;
	readonly admission: Admission;
	readonly metrics: Metrics;
	readonly log: Log;
	/** The sessions open now. */
	readonly open: Set<Open>;
	readonly draining: () => boolean;
	/** Counts and logs a refusal. */
	readonly refuse: (reason: Refusal, address: string) => void;
};
