import meow from 'meow';
import {defaultLimits, defaultServeOptions, type Limits, type ServeOptions} from './options.js';

// The server's help and errors are for whoever runs it, in English like its logs; what a
// visitor reads is in the interface strings of the visitor's language.

/** A usage error of `manjusaka serve`: one line, exit code 2. */
export class ServeUsageError extends Error {
	override name = 'ServeUsageError';

	constructor(message: string) {
		super(`${message} (see manjusaka serve --help)`);
	}
}

type Integer = {readonly kind: 'integer'; readonly min: number; readonly max: number};
type Text = {readonly kind: 'text'};
/** One flag of `serve`: its kind of value, the word for it in the help, and what it does. */
export type ServeFlag = (Integer | Text) & {readonly value: string; readonly help: string};

const seconds = (help: string): ServeFlag => ({kind: 'integer', min: 1, max: 86_400, value: 'S', help});
const count = (help: string): ServeFlag => ({kind: 'integer', min: 1, max: 100_000, value: 'N', help});

/** Every flag of `serve`, with the default shown in its help. */
export const serveFlags = {
	host: {kind: 'text', value: 'ADDRESS', help: 'address to listen on (0.0.0.0 for every interface)'},
	port: {kind: 'integer', min: 1, max: 65_535, value: 'PORT', help: 'SSH port'},
	hostKey: {kind: 'text', value: 'PATH', help: 'ed25519 host key, made there on first start'},
	metricsPort: {kind: 'integer', min: 0, max: 65_535, value: 'PORT', help: '/healthz, /readyz, /metrics; 0: off'},
	metricsHost: {kind: 'text', value: 'ADDRESS', help: 'address of the metrics port, which has no login'},
	drainSeconds: seconds('after a signal to stop, how long open sessions may go on'),
	workers: {kind: 'integer', min: 1, max: 64, value: 'N', help: 'processes serving sessions, one a core'},
	maxSessions: count('open sessions in all'),
	maxSessionsPerAddress: count('open sessions from one address'),
	connectionsPerMinute: count('new connections a minute from one address'),
	handshakeSeconds: seconds('from connecting to a ready session'),
	idleSeconds: seconds('a session without input ends'),
	sessionSeconds: seconds('the longest session'),
	keepaliveSeconds: seconds('how often a silent client is asked if it is there'),
	maxColumns: count('wider windows are drawn at this width'),
	maxRows: count('taller windows are drawn at this height'),
} as const satisfies Record<string, ServeFlag>;

/** A flag of `serve`, as its option is named. */
export type Name = keyof typeof serveFlags;

/** A flag's name as it is written: `maxSessions` is `--max-sessions`. */
export const kebab = (name: string) => name.replaceAll(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Each flag's value in `options`. */
export const flagValues = (options: ServeOptions): Record<Name, string | number> => ({
	host: options.host,
	port: options.port,
	hostKey: options.hostKey,
	metricsPort: options.metricsPort,
	metricsHost: options.metricsHost,
	drainSeconds: options.drainSeconds,
	workers: options.workers,
	...options.limits,
});

function integer(name: Name, flag: Integer, raw: unknown): number {
	const text = String(raw);
	const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
	if (!(value >= flag.min && value <= flag.max)) {
		throw new ServeUsageError(`--${kebab(name)} takes a whole number from ${flag.min} to ${flag.max}, not "${text}"`);
	}

	return value;
}

/** What `manjusaka serve …` asks for: the options, or the help. */
type ParsedServe = {readonly options: ServeOptions} | {readonly help: true};

/** Parses the arguments after `serve`; a usage error is thrown. */
export default function parseServeFlags(
	importMeta: ImportMeta,
	argv: readonly string[],
	env: NodeJS.ProcessEnv,
): ParsedServe {
	let cli: ReturnType<typeof meow>;
	try {
		cli = meow({
			importMeta,
			argv: [...argv],
			allowUnknownFlags: true,
			autoHelp: false,
			autoVersion: false,
			flags: {
				...Object.fromEntries(Object.keys(serveFlags).map((name) => [name, {type: 'string'}])),
				help: {type: 'boolean', shortFlag: 'h'},
			} as Record<string, {type: 'string'} | {type: 'boolean'; shortFlag: string}>,
		});
	} catch (error) {
		// meow refuses a flag given twice, as a plain error, naming it as its option (`--hostKey`).
		const flag = /--([\w-]+)/.exec(error instanceof Error ? error.message : '')?.[1];
		throw flag ? new ServeUsageError(`--${kebab(flag)} is given more than once`) : error;
	}

	const given = cli.unnormalizedFlags;
	const unknown = Object.keys(given).find((name) => name !== 'help' && name !== 'h' && !(name in serveFlags));
	if (unknown !== undefined) {
		throw new ServeUsageError(`unknown option ${unknown.length === 1 ? '-' : '--'}${kebab(unknown)}`);
	}

	if (cli.input.length > 0) {
		throw new ServeUsageError(`unexpected argument "${cli.input[0]}"`);
	}

	if (given.help === true || given.h === true) {
		return {help: true};
	}

	const values = flagValues(defaultServeOptions(env));
	for (const [name, flag] of Object.entries(serveFlags) as Array<[Name, ServeFlag]>) {
		const raw = given[name];
		if (raw === undefined) {
			continue;
		}

		if (raw === '' || typeof raw === 'boolean') {
			throw new ServeUsageError(`--${kebab(name)} needs a value`);
		}

		values[name] = flag.kind === 'integer' ? integer(name, flag, raw) : String(raw);
	}

	const {host, port, hostKey, metricsPort, metricsHost, drainSeconds, workers, ...limits} = values;
	return {
		options: {
			host: String(host),
			port: Number(port),
			hostKey: String(hostKey),
			metricsPort: Number(metricsPort),
			metricsHost: String(metricsHost),
			drainSeconds: Number(drainSeconds),
			workers: Number(workers),
			limits: {...defaultLimits, ...(limits as Partial<Limits>)},
		},
	};
}
