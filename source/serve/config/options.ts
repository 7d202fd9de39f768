import {homedir} from 'node:os';
import {join} from 'node:path';

/** How the server runs: where it listens, its key, and its limits. */
export type ServeOptions = {
	readonly host: string;
	readonly port: number;
	readonly hostKey: string;
	/** The port of /healthz, /readyz and /metrics; 0 for none. */
	readonly metricsPort: number;
	/** The address /healthz, /readyz and /metrics listen on: unauthenticated, so loopback unless said otherwise. */
	readonly metricsHost: string;
	/** How long open sessions may go on after a SIGTERM. */
	readonly drainSeconds: number;
	/** Processes that serve sessions: 1 serves them in this one; more, in a cluster of workers behind it. */
	readonly workers: number;
	readonly limits: Limits;
};

/** What one server allows, so that no visitor can take what the others need. */
export type Limits = {
	/** Open sessions in all. */
	readonly maxSessions: number;
	/** Open sessions from one address. */
	readonly maxSessionsPerAddress: number;
	/** New connections from one address in a minute: a bucket of this many tokens, refilled over the minute. */
	readonly connectionsPerMinute: number;
	/** From the first byte to a ready session: a connection that has started none by then is closed. */
	readonly handshakeSeconds: number;
	/** Without a key or a resize. */
	readonly idleSeconds: number;
	/** The longest a session may last. */
	readonly sessionSeconds: number;
	/** How often a silent client is asked whether it is there; three unanswered and it is gone. */
	readonly keepaliveSeconds: number;
	readonly maxColumns: number;
	readonly maxRows: number;
	/** Output held for a client that does not read it; past it the session ends. */
	readonly maxBufferedBytes: number;
	/** Session channels open at once on one connection, started or not. */
	readonly maxChannelsPerConnection: number;
	/** Environment variables a session channel may set, taken or refused. */
	readonly maxVariablesPerChannel: number;
	/** Refused authentication attempts before the connection is cut, as OpenSSH's MaxAuthTries. */
	readonly maxAuthTries: number;
	/** Requests refused on one connection (variables, subsystems, forwarding…) before it is cut. */
	readonly maxRefusalsPerConnection: number;
};

/** The limits of a server started with no flags. */
export const defaultLimits: Limits = {
	maxSessions: 200,
	maxSessionsPerAddress: 8,
	connectionsPerMinute: 30,
	handshakeSeconds: 10,
	idleSeconds: 600,
	sessionSeconds: 3600,
	keepaliveSeconds: 15,
	maxColumns: 500,
	maxRows: 200,
	maxBufferedBytes: 1024 * 1024,
	maxChannelsPerConnection: 4,
	// LANG, the thirteen LC_ categories, TERM, COLORTERM and TERM_PROGRAM fit with room to spare.
	maxVariablesPerChannel: 24,
	maxAuthTries: 6,
	maxRefusalsPerConnection: 32,
};

/** Where the host key is kept unless `--host-key` says otherwise. */
function defaultHostKeyPath(env: NodeJS.ProcessEnv): string {
	const config = env.XDG_CONFIG_HOME || join(homedir(), '.config');
	return join(config, 'manjusaka', 'ssh_host_ed25519_key');
}

/** The options of a server started with no flags. */
export function defaultServeOptions(env: NodeJS.ProcessEnv): ServeOptions {
	return {
		host: '127.0.0.1',
		port: 2222,
		hostKey: defaultHostKeyPath(env),
		metricsPort: 9022,
		metricsHost: '127.0.0.1',
		drainSeconds: 10,
		workers: 1,
		limits: defaultLimits,
	};
}
