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
