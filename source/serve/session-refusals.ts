import type {Connection, Session} from 'ssh2';
import type {Refusal} from './metrics.js';
import {closeUnstarted} from './ssh2-sessions.js';

/**
What a session channel is refused: subsystems (sftp, after which the channel is closed, as
nothing else can come of it), X11 and agent forwarding. Each refusal is counted by `refuse`.
*/
export default function refuseUnserved(client: Connection, session: Session, refuse: (reason: Refusal) => void): void {
	for (const [request, reason] of [
		['subsystem', 'subsystem'],
		['sftp', 'subsystem'],
	] as const) {
		session.on(request, (_accept: unknown, reject?: () => void) => {
			refuse(reason);
			reject?.();
			closeUnstarted(client, session);
		});
	}

	for (const [request, reason] of [
		['x11', 'x11'],
		['auth-agent', 'agent'],
	] as const) {
		session.on(request, (_accept: unknown, reject?: () => void) => {
			refuse(reason);
			reject?.();
		});
	}
}
