import type {AppContent} from '../ui/session/run-app.js';
import type {Limits} from './config/options.js';
import type InputShares from './limits/input-shares.js';
import type {AddressLog} from './operations/address-log.js';
import type {Log} from './operations/log.js';
import type {Metrics, Refusal} from './operations/metrics.js';

/** A session the server can reach while it drains: told once, then ended. */
export type Open = {
	/** Tells the visitor the server is going away; a session that printed its text is already gone. */
	readonly drain: () => void;
	/** Ends it now, for `why`. */
	readonly end: (why: string) => void;
};

/**
Who may come in, asked by the connections of one process: of the process itself, or of the
primary that holds the one count for every worker.
*/
export type Admit = {
	/** Whether a new connection from `address` is let in; if it is, `disconnect` must follow. */
	readonly connect: (address: string) => Refusal | undefined;
	readonly disconnect: (address: string) => void;
	/** Whether a connection from `address` may open a session; if it may, `endSession` must follow. */
	readonly startSession: (address: string) => Promise<Refusal | undefined>;
	readonly endSession: (address: string) => void;
};

/** What every connection of one server shares. */
export type ServerContext = {
	/** The résumés and the text the build prepared for the app. */
	readonly content: AppContent;
	/** The CLI's `import.meta`, where the flag parser finds the package's version. */
	readonly importMeta: ImportMeta;
	readonly limits: Limits;
	readonly admission: Admit;
	readonly metrics: Metrics;
	readonly log: Log;
	/** Logs what a visitor did, at a bounded rate for its address. */
	readonly logFrom: AddressLog;
	/** The input bytes each address may send, shared by its sessions. */
	readonly inputShares: InputShares;
	/** The sessions open now. */
	readonly open: Set<Open>;
	readonly draining: () => boolean;
	/** Counts and logs a refusal. */
	readonly refuse: (reason: Refusal, address: string) => void;
};
