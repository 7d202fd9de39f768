import {Counter, collectDefaultMetrics, Gauge, Histogram, Registry} from 'prom-client';

/** How a session runs: the full-screen app, the whole résumé without a pty, or a command's output. */
export type Mode = 'pty' | 'plain' | 'command';

/** Why a connection or a request was refused. */
export type Refusal =
	| 'rate'
	| 'connections'
	| 'sessions'
	| 'address'
	| 'draining'
	| 'handshake-timeout'
	| 'subsystem'
	| 'forwarding'
	| 'agent'
	| 'x11'
	| 'env'
	| 'password'
	/** More connections from one address than its sessions allow. */
	| 'address-connections'
	/** Authenticated, but no session started within the handshake time. */
	| 'no-session'
	/** Every session of the connection ended, and nothing more came within the idle time. */
	| 'idle-connection'
	/** More session channels open at once than one connection may have. */
	| 'channels'
	/** Too many refused authentication attempts: the connection is cut. */
	| 'auth-tries'
	/** Too many requests refused on one connection: the connection is cut. */
	| 'refusals'
	/** More input than a person sends: the session and its connection end. */
	| 'input';

/** The server's measures, in a registry of its own, as /metrics shows them. */
export type Metrics = ReturnType<typeof createMetrics>;

/** Makes the server's measures, with Node's own (memory, CPU, event loop) beside them. */
export function createMetrics() {
	const registry = new Registry();
	collectDefaultMetrics({register: registry, prefix: 'manjusaka_'});
	const registers = [registry];
	return {
		registry,
		activeSessions: new Gauge({name: 'manjusaka_active_sessions', help: 'Sessions open now.', registers}),
		openConnections: new Gauge({
			name: 'manjusaka_open_connections',
			help: 'Connections let in and open now, with a session or not.',
			registers,
		}),
		sessions: new Counter({
			name: 'manjusaka_sessions_total',
			help: 'Sessions started, by mode.',
			labelNames: ['mode'] as const,
			registers,
		}),
		refusals: new Counter({
			name: 'manjusaka_refusals_total',
			help: 'Connections and requests refused, by reason.',
			labelNames: ['reason'] as const,
			registers,
		}),
		sessionSeconds: new Histogram({
			name: 'manjusaka_session_duration_seconds',
			help: 'How long sessions lasted.',
			buckets: [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600],
			registers,
		}),
		keyToFrameSeconds: new Histogram({
			name: 'manjusaka_key_to_frame_seconds',
			help: 'From input arriving to the next frame being sent.',
			buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1],
			registers,
		}),
		bytesSent: new Counter({name: 'manjusaka_bytes_sent_total', help: 'Bytes sent to visitors.', registers}),
		inputDropped: new Counter({
			name: 'manjusaka_input_dropped_total',
			help: "Keys dropped past a visitor's share of input.",
			registers,
		}),
	};
}
