import type {MetricObjectWithValues, MetricValue} from 'prom-client';
import type {Refusal} from '../operations/metrics.js';

/** What the primary of a cluster tells a worker: a connection to serve (its socket goes with it), an answer, a drain, a request for metrics. */
export type ToWorker =
	| {readonly type: 'socket'}
	| {readonly type: 'session'; readonly request: number; readonly refusal: Refusal | null}
	| {readonly type: 'drain'}
	| {readonly type: 'metrics'; readonly request: number};

/** A worker's metrics, as prom-client gives them for aggregation. */
export type MetricsJson = Array<MetricObjectWithValues<MetricValue<string>>>;

/** What a worker tells the primary: it is ready, a connection ended, a session asks to start or ended, its metrics. */
export type ToPrimary =
	| {readonly type: 'ready'}
	| {readonly type: 'disconnect'; readonly address: string}
	| {readonly type: 'start-session'; readonly request: number; readonly address: string}
	| {readonly type: 'end-session'; readonly address: string}
	| {readonly type: 'metrics'; readonly request: number; readonly metrics: MetricsJson};
