import assert from 'node:assert/strict';
import {test} from 'node:test';
import {Counter, Gauge, Histogram, Registry} from 'prom-client';
import type {MetricsJson} from '../../source/serve/processes/cluster-messages.js';
import {aggregateCluster, keepTotals} from '../../source/serve/processes/cluster-metrics.js';

/** One process's metrics: `sessions` started, `open` now, one session of `seconds`, its fd limit. */
async function processMetrics(sessions: number, open: number, seconds: number): Promise<MetricsJson> {
	const registers = [new Registry()];
	new Counter({name: 'manjusaka_sessions_total', help: 's', labelNames: ['mode'], registers}).inc(
		{mode: 'pty'},
		sessions,
	);
	new Gauge({name: 'manjusaka_active_sessions', help: 'a', registers}).set(open);
	new Histogram({name: 'manjusaka_session_duration_seconds', help: 'd', buckets: [1, 10], registers}).observe(seconds);
	new Gauge({name: 'manjusaka_process_max_fds', help: 'f', registers}).set(1024);
	return registers[0]!.getMetricsAsJSON();
}

const line = (text: string, name: string) => text.split('\n').find((row) => row.startsWith(name));

test('a dead worker leaves its counters and histograms to the totals, not its gauges', async () => {
	const kept = keepTotals(keepTotals([], await processMetrics(3, 2, 5)), await processMetrics(1, 1, 20));
	const text = await aggregateCluster([await processMetrics(4, 1, 0.5), kept]).metrics();
	assert.equal(line(text, 'manjusaka_sessions_total'), 'manjusaka_sessions_total{mode="pty"} 8');
	assert.equal(line(text, 'manjusaka_active_sessions'), 'manjusaka_active_sessions 1');
	assert.equal(line(text, 'manjusaka_session_duration_seconds_count'), 'manjusaka_session_duration_seconds_count 3');
	assert.equal(
		line(text, 'manjusaka_session_duration_seconds_bucket{le="10"}'),
		'manjusaka_session_duration_seconds_bucket{le="10"} 2',
	);
});

test('a limit each process has alike is one process’s, not their sum', async () => {
	const text = await aggregateCluster([await processMetrics(0, 0, 1), await processMetrics(0, 0, 1)]).metrics();
	assert.equal(line(text, 'manjusaka_process_max_fds'), 'manjusaka_process_max_fds 1024');
	assert.equal(line(text, 'manjusaka_active_sessions'), 'manjusaka_active_sessions 0');
});
