import type {AcceptConnection, PseudoTtyInfo, ServerChannel, Session} from 'ssh2';
import stringsFor from '../strings/index.js';
import type ChannelTerminal from './channel-terminal.js';
import planSession, {type Plan} from './command.js';
import type {ServerContext} from './context.js';
import type {Peer} from './peer.js';
import runVisit from './run-visit.js';
import recordVisit from './visit-record.js';
import {acceptsVariable, visitorCapabilities, visitorLanguage} from './visitor.js';

/**
One session channel of a visitor's connection: its pty, its variables and its window
changes are taken as they come; a shell or a command then runs the app or prints the
résumé. Subsystems (sftp), X11 and agent forwarding are refused. `disconnect` ends the
whole connection, for a client that stopped reading; `isGone` says whether it has ended.
*/
export default function serveSession(
	accept: AcceptConnection<Session>,
	peer: Peer,
	context: ServerContext,
	{disconnect, isGone}: {readonly disconnect: () => void; readonly isGone: () => boolean},
): void {
	const session = accept();
	const env: Record<string, string> = {};
	let pty: PseudoTtyInfo | undefined;
	let terminal: ChannelTerminal | undefined;
	let started = false;

	session.on('pty', (accept, _reject, info) => {
		pty = info;
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
		if (acceptsVariable(key) && typeof val === 'string' && val.length <= 256) {
			env[key] = val;
			accept?.();
		} else {
			context.refuse('env', peer.address);
			reject?.();
		}
	});
	for (const [request, reason] of [
		['subsystem', 'subsystem'],
		['sftp', 'subsystem'],
		['x11', 'x11'],
		['auth-agent', 'agent'],
	] as const) {
		session.on(request, (_accept: unknown, reject?: () => void) => {
			context.refuse(reason, peer.address);
			reject?.();
		});
	}

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
			context.refuse(refusal, peer.address);
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

		const record = recordVisit(context, peer, {
			term: visitor.env.TERM,
			size: pty ? `${pty.cols}x${pty.rows}` : undefined,
			mode: plan.kind === 'app' ? 'pty' : command === undefined ? 'plain' : 'command',
		});
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
			size: {columns: pty?.cols ?? 80, rows: pty?.rows ?? 24},
			capabilities: visitorCapabilities(visitor, plan.options),
			options: plan.options,
			record,
			disconnect,
		});
	};

	session.on('shell', (accept) => void start(accept, undefined));
	session.on('exec', (accept, _reject, {command}) => void start(accept, command));
}
