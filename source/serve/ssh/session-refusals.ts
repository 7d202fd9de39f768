import type {Connection, Session} from 'ssh2';
import type {Refusal} from '../operations/metrics.js';
import {closeUnstarted} from './ssh2-sessions.js';

/**
What a session channel is refused: subsystems (sftp, after which the channel is closed, as
nothing else can come of it), X11 and agent forwarding. Each refusal is counted by `refuse`.
*/
export default function refuseUnserved(client: Connection, session: Session, refuse: (reason: Refusal) => void): void {
	for (const [request, reason, closes] of [
		['subsystem', 'subsystem', true],
		['sftp', 'subsystem', true],
		['x11', 'x11', false],
		['auth-agent', 'agent', false],
	] as const) {
		session.on(request, (_accept: unknown, reject?: () => void) => {
			refuse(reason);
			reject?.();
			if (closes) {
				closeUnstarted(client, session);
			}
		});
	}
}
