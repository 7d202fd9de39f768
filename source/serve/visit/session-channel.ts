import type {AcceptConnection, Connection, PseudoTtyInfo, ServerChannel, Session} from 'ssh2';
import stringsFor from '../../strings/index.js';
import type {ServerContext} from '../context.js';
import type {SessionClock} from '../limits/session-clock.js';
import type {Refusal} from '../operations/metrics.js';
import type ChannelTerminal from '../ssh/channel-terminal.js';
import type {Peer} from '../ssh/peer.js';
import refuseUnserved from '../ssh/session-refusals.js';
import {sessionClosed} from '../ssh/ssh2-sessions.js';
import runVisit from './app.js';
import planSession, {type Plan} from './command.js';
import recordVisit from './record.js';
import {acceptsVariable, maxValueLength, visitorCapabilities, visitorLanguage} from './visitor.js';

/** What a session needs of its connection: how to end it, whether it has ended, its clock, and its count of refusals. */
type SessionEnds = {
	readonly disconnect: (quietly?: boolean) => void;
	readonly isGone: () => boolean;
	readonly clock: SessionClock;
	readonly refuse: (reason: Refusal) => void;
};

/**
One session channel of a visitor's connection: its pty, its variables (a few, short) and
its window changes are taken as they come; a shell or a command then runs the app or
prints the résumé. Subsystems (sftp), X11 and agent forwarding are refused, and a channel
refused its subsystem is closed. `disconnect` ends the whole connection, for a client that
stopped reading; `isGone` says whether it has ended. Returns the session channel.
*/
export default function serveSession(
	client: Connection,
	accept: AcceptConnection<Session>,
	peer: Peer,
	context: ServerContext,
	{disconnect, isGone, clock, refuse}: SessionEnds,
): Session {
	const session = accept();
	session.once('close', () => sessionClosed(client, session));
	const env: Record<string, string> = {};
	let variables = 0;
	let pty: PseudoTtyInfo | undefined;
	let terminal: ChannelTerminal | undefined;
	let started = false;

	session.on('pty', (accept, _reject, info) => {
		// A TERM longer than any variable's value is no terminal's: taken as none.
		pty = {...info, term: info.term.length <= maxValueLength ? info.term : ''};
		accept?.();
	});
	session.on('window-change', (accept, _reject, info) => {
		accept?.();
		if (pty) {
			pty = {...pty, cols: info.cols, rows: info.rows};
			terminal?.resize({columns: info.cols, rows: info.rows});
		}
	});
	session.on('env', (accept, reject, {key, val}) => {
		// Counted and checked before anything is kept.
		variables += 1;
		if (variables <= context.limits.maxVariablesPerChannel && acceptsVariable(key) && acceptsValue(val)) {
			env[key] = val;
			accept?.();
		} else {
			refuse('env');
			reject?.();
		}
	});
	refuseUnserved(client, session, refuse);

	const start = async (accept: AcceptConnection<ServerChannel> | undefined, command: string | undefined) => {
		if (started || accept === undefined) {
			return;
		}

		started = true;
		const visitor = {user: peer.user, env: {...env, TERM: pty?.term ?? env.TERM}};
		const language = visitorLanguage(visitor);
		// Accepted at once: a client without a terminal sends its end of input right after its
		// command, and ssh2 lets no channel be accepted after that.
		const channel = accept();
		const refusal = context.draining() ? 'draining' : await context.admission.startSession(peer.address);
		// The visitor may have gone while the admission was asked (another process, in a cluster).
		if (isGone()) {
			if (refusal === undefined) {
				context.admission.endSession(peer.address);
			}

			return;
		}

		if (refusal !== undefined) {
			refuse(refusal);
			const strings = stringsFor(language).visit;
			const message = {draining: strings.restarting, sessions: strings.full}[refusal as string];
			channel.stderr.write(`${message ?? strings.tooManyFromAddress}${pty ? '\r\n' : '\n'}`);
			channel.exit(1);
			channel.end();
			return;
		}

		let plan: Plan;
		try {
			plan = planSession(context.content.resumes, context.importMeta, {visitor, columns: pty?.cols, command});
		} catch (error) {
			context.log('error', {address: peer.address, message: (error as Error).message});
			plan = {kind: 'print', stdout: '', stderr: `${stringsFor(language).visit.failed}\n`, status: 1};
		}

		clock.started();
		const record = recordVisit(
			context,
			peer,
			{
				term: visitor.env.TERM,
				size: pty ? `${pty.cols}x${pty.rows}` : undefined,
				mode: plan.kind === 'app' ? 'pty' : command === undefined ? 'plain' : 'command',
			},
			clock.ended,
		);
		channel.once('close', () => record.finish('closed'));
		if (plan.kind === 'print') {
			// With a pty the visitor's terminal is in raw mode: a line ends in CR LF.
			const [stdout, stderr] = [plan.stdout, plan.stderr].map((text) => (pty ? text.replaceAll('\n', '\r\n') : text));
			record.sent(Buffer.byteLength(stdout!) + Buffer.byteLength(stderr!));
			channel.write(stdout);
			channel.stderr.write(stderr);
			channel.exit(plan.status);
			channel.end();
			record.finish(plan.status === 0 ? 'printed' : 'usage');
			return;
		}

		terminal = runVisit({
			channel,
			context,
			peer,
			// No pty, or one of size 0: the terminal takes its fallback size.
			size: {columns: pty?.cols ?? 0, rows: pty?.rows ?? 0},
			capabilities: visitorCapabilities(visitor, plan.run, plan.options.language),
			options: plan.options,
			record,
			disconnect,
		});
	};

	session.on('shell', (accept) => void start(accept, undefined));
	session.on('exec', (accept, _reject, {command}) => void start(accept, command));
	return session;
}

const acceptsValue = (value: unknown): value is string => typeof value === 'string' && value.length <= maxValueLength;
