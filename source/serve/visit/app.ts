import type {ServerChannel} from 'ssh2';
import type {Options} from '../../cli/options.js';
import stringsFor, {type Strings} from '../../strings/index.js';
import type {Capabilities, Size} from '../../terminal/session.js';
import runApp from '../../ui/session/run-app.js';
import type {Open, ServerContext} from '../context.js';
import ChannelTerminal from '../ssh/channel-terminal.js';
import type {Peer} from '../ssh/peer.js';
import type {VisitRecord} from './record.js';

/** A visitor's app session: where it runs, for whom, and how it is counted. */
type Visit = {
	readonly channel: ServerChannel;
	readonly context: ServerContext;
	readonly peer: Peer;
	readonly size: Size;
	readonly capabilities: Capabilities;
	readonly options: Options;
	readonly record: VisitRecord;
	/** Ends the whole connection: for a client that stopped reading, or one that flooded (`quietly`: the session's line says why). */
	readonly disconnect: (quietly?: boolean) => void;
};

/** A line on the normal screen, after the app, in the visitor's language. */
type Line = (strings: Strings) => string;

// Keys dropped are logged at most this often, with how many since the line before.
export const dropLogInterval = 10_000;

// The log of a visitor's dropped keys: a line at the first, then at most one an interval,
// and one at the end for those not yet told, all within the address's rate of lines (its
// sessions come and go). How many, never which.
function dropLog(logFrom: ServerContext['logFrom'], address: string) {
	let unlogged = 0;
	let loggedAt = Number.NEGATIVE_INFINITY;
	const flush = () => {
		if (unlogged > 0) {
			logFrom(address, 'input-dropped', {keys: unlogged});
			unlogged = 0;
			loggedAt = performance.now();
		}
	};

	return {
		add(keys: number) {
			unlogged += keys;
			if (performance.now() - loggedAt >= dropLogInterval) {
				flush();
			}
		},
		flush,
	};
}

/**
Runs the app on a visitor's channel until it ends: q (0), Ctrl+C (130), the visitor gone,
or the server ending it (exit 1, with a line saying why on the normal screen): idle, the
longest session, a drain, an error. Returns the terminal, whose size follows the window.
*/
export default function runVisit({channel, context, peer, size, capabilities, options, record, disconnect}: Visit) {
	const {limits, log} = context;
	const drops = dropLog(context.logFrom, peer.address);
	const share = context.inputShares.take(peer.address);
	const terminal = new ChannelTerminal(
		channel,
		capabilities,
		size,
		limits,
		{
			sent: record.sent,
			keyToFrame: (seconds) => context.metrics.keyToFrameSeconds.observe(seconds),
			input: () => idle.refresh(),
			overflow() {
				end('slow-reader');
				disconnect();
			},
			dropped(keys) {
				context.metrics.inputDropped.inc(keys);
				drops.add(keys);
			},
			flood() {
				context.refuse('input', peer.address);
				// Let go at once, and nothing more read: what the visitor still sends would be
				// decrypted, only to be dropped. Quietly: the session's end, written next, says why,
				// and OpenSSH's client, told to disconnect, exits without writing out what it was
				// sent last.
				disconnect(true);
				end('input-flood', (strings) => strings.visit.tooMuchInput);
			},
		},
		share.bytes,
	);
	// The terminal's background is asked over the channel: a long way round, so waited for
	// longer than locally (a terminal's answer to the DA1 query after it ends the wait early).
	const running = runApp(context.content, terminal, {section: options.section, backgroundWait: 500, door: 'ssh'});
	let said: Line | undefined;
	// Ends the app; the line, if any, is left once the terminal is given back.
	const end = (why: string, line?: Line) => {
		said ??= line;
		running.stop(1);
		record.finish(why);
	};

	const idle = setTimeout(
		() => end('idle', (strings) => strings.visit.idle(limits.idleSeconds)),
		limits.idleSeconds * 1000,
	);
	const tooLong = setTimeout(
		() => end('session-limit', (strings) => strings.visit.tooLong(limits.sessionSeconds)),
		limits.sessionSeconds * 1000,
	);
	const open: Open = {
		drain: () => running.notice((strings) => strings.visit.restarting),
		end: (why) => end(why, (strings) => strings.visit.restarting),
	};
	context.open.add(open);
	// The visitor went away: the app ends with them, as with a hangup.
	channel.once('close', () => {
		running.stop(129);
		record.finish('closed');
	});
	void running.exited
		.catch((error: unknown) => {
			log('error', {address: peer.address, message: error instanceof Error ? error.message : String(error)});
			said ??= (strings) => strings.visit.failed;
			return 1;
		})
		.then((code) => {
			clearTimeout(idle);
			clearTimeout(tooLong);
			drops.flush();
			share.release();
			context.open.delete(open);
			terminal.close();
			if (said) {
				terminal.print(`${said(stringsFor(options.language))}\n`);
			}

			if (channel.writable) {
				channel.exit(code);
				channel.end();
			}

			record.finish(code === 0 ? 'quit' : code === 130 ? 'interrupted' : 'ended');
		});
	return terminal;
}
