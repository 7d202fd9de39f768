import type {AcceptConnection, PseudoTtyInfo, ServerChannel, Session} from 'ssh2';
import stringsFor, {type Strings} from '../strings/index.js';
import type {Running} from '../terminal/session.js';
import runApp from '../ui/run-app.js';
import ChannelTerminal from './channel-terminal.js';
import planSession, {type Plan} from './command.js';
import type {Open, ServerContext} from './context.js';
import type {Mode} from './metrics.js';
import {acceptsVariable, visitorCapabilities, visitorLanguage} from './visitor.js';

/** Who is on the other end of a connection. */
export type Peer = {readonly address: string; readonly software: string; readonly user: string};

/**
One session channel of a visitor's connection: its pty, its variables and its window
changes are taken as they come; a shell or a command then runs the app or prints the
résumé. Subsystems (sftp), X11 and agent forwarding are refused. `disconnect` ends the
whole connection, for a client that stopped reading.
*/
export default function serveSession(
	accept: AcceptConnection<Session>,
	peer: Peer,
	context: ServerContext,
	disconnect: () => void,
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

	const start = (accept: AcceptConnection<ServerChannel> | undefined, command: string | undefined) => {
		if (started || accept === undefined) {
			return;
		}

		started = true;
		const channel = accept();
		const visitor = {user: peer.user, env: {...env, TERM: pty?.term ?? env.TERM}};
		const language = visitorLanguage(visitor);
		const lineEnd = pty ? '\r\n' : '\n';
		const refusal = context.draining() ? 'draining' : context.admission.startSession(peer.address);
		if (refusal !== undefined) {
			context.refuse(refusal, peer.address);
			const strings = stringsFor(language).visit;
			const message = {draining: strings.restarting, sessions: strings.full}[refusal as string];
			channel.stderr.write(`${message ?? strings.tooManyFromAddress}${lineEnd}`);
			channel.exit(1);
			channel.end();
			return;
		}

		let plan: Plan;
		try {
			plan = planSession(context.resumes, context.importMeta, {visitor, columns: pty?.cols, command});
		} catch (error) {
			context.log('error', {address: peer.address, message: (error as Error).message});
			plan = {kind: 'print', stdout: '', stderr: `${stringsFor(language).visit.failed}${lineEnd}`, status: 1};
		}

		const mode: Mode = plan.kind === 'app' ? 'pty' : command === undefined ? 'plain' : 'command';
		const began = performance.now();
		let bytes = 0;
		const {metrics, log} = context;
		metrics.sessions.inc({mode});
		metrics.activeSessions.inc();
		log('session-start', {
			address: peer.address,
			client: peer.software,
			user: peer.user,
			term: visitor.env.TERM ?? null,
			size: pty ? `${pty.cols}x${pty.rows}` : null,
			mode,
		});

		let finished = false;
		let open: Open | undefined;
		const finish = (why: string) => {
			if (!finished) {
				finished = true;
				if (open) {
					context.open.delete(open);
				}

				context.admission.endSession(peer.address);
				metrics.activeSessions.dec();
				const seconds = (performance.now() - began) / 1000;
				metrics.sessionSeconds.observe(seconds);
				log('session-end', {address: peer.address, seconds: Number(seconds.toFixed(3)), bytes, why});
			}
		};

		channel.once('close', () => finish('closed'));
		if (plan.kind === 'print') {
			const text = pty ? plan.stdout.replaceAll('\n', '\r\n') : plan.stdout;
			bytes = Buffer.byteLength(text) + Buffer.byteLength(plan.stderr);
			metrics.bytesSent.inc(bytes);
			channel.write(text);
			channel.stderr.write(pty ? plan.stderr.replaceAll('\n', '\r\n') : plan.stderr);
			channel.exit(plan.status);
			channel.end();
			finish(plan.status === 0 ? 'printed' : 'usage');
			return;
		}

		const capabilities = visitorCapabilities(visitor, plan.options);
		terminal = new ChannelTerminal(
			channel,
			capabilities,
			{columns: pty?.cols ?? 80, rows: pty?.rows ?? 24},
			context.limits,
			{
				sent(count) {
					bytes += count;
					metrics.bytesSent.inc(count);
				},
				keyToFrame: (seconds) => metrics.keyToFrameSeconds.observe(seconds),
				input: () => idle.refresh(),
				overflow() {
					end('slow-reader');
					disconnect();
				},
			},
		);
		const running: Running = runApp(context.resumes, terminal, {section: plan.options.section});
		const shown = terminal;
		let said: ((strings: Strings) => string) | undefined;
		// Ends the app, then leaves a line on the normal screen saying why.
		const end = (why: string, line?: (strings: Strings) => string) => {
			said ??= line;
			running.stop(1);
			finish(why);
		};

		const limits = context.limits;
		const idle = setTimeout(
			() => end('idle', (strings) => strings.visit.idle(limits.idleSeconds)),
			limits.idleSeconds * 1000,
		);
		const tooLong = setTimeout(
			() => end('session-limit', (strings) => strings.visit.tooLong(limits.sessionSeconds)),
			limits.sessionSeconds * 1000,
		);
		open = {
			drain: () => running.notice((strings) => strings.visit.restarting),
			end: (why) => end(why, (strings) => strings.visit.restarting),
		};
		context.open.add(open);
		// The visitor went away: the app ends with them.
		channel.once('close', () => running.stop(129));
		running.exited
			.then(
				(code) => code,
				(error: unknown) => {
					log('error', {address: peer.address, message: error instanceof Error ? error.message : String(error)});
					said ??= (strings) => strings.visit.failed;
					return 1;
				},
			)
			.then((code) => {
				clearTimeout(idle);
				clearTimeout(tooLong);
				shown.close();
				if (said) {
					shown.print(`${said(stringsFor(plan.options.language))}\n`);
				}

				if (channel.writable) {
					channel.exit(code);
					channel.end();
				}

				finish(code === 0 ? 'quit' : code === 130 ? 'interrupted' : 'ended');
			});
	};

	session.on('shell', (accept) => start(accept, undefined));
	session.on('exec', (accept, _reject, {command}) => start(accept, command));
}
