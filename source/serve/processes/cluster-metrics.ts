import {type Aggregator, AggregatorRegistry, type Registry} from 'prom-client';
import type {MetricsJson} from './cluster-messages.js';

// Measures of each process that mean nothing summed over the processes: a limit every
// process has alike. Everything else is summed (memory, CPU, handles: the whole server's),
// or aggregated as prom-client marks it (the event loop's lag: averaged; the start time: left out).
const perProcess: Readonly<Record<string, Aggregator>> = {manjusaka_process_max_fds: 'max'};

// Counters and histograms only grow: what a worker counted stays in the totals after it is gone.
const growing = new Set(['counter', 'histogram']);

type Value = MetricsJson[number]['values'][number] & {readonly metricName?: string};

const labelsKey = (value: Value) =>
	`${value.metricName ?? ''} ${JSON.stringify(Object.entries(value.labels).sort(([a], [b]) => a.localeCompare(b)))}`;

/**
What a dead worker leaves to the totals: its counters and histograms, as last seen, added to
`kept` (those of the workers that died before it). Its gauges go with it.
*/
export function keepTotals(kept: MetricsJson, last: MetricsJson): MetricsJson {
	const byName = new Map(kept.map((metric) => [metric.name, metric]));
	for (const metric of last) {
		if (!growing.has(String(metric.type))) {
			continue;
		}

		const into = byName.get(metric.name) ?? {...metric, values: []};
		const values = new Map(into.values.map((value) => [labelsKey(value), {...value}]));
		for (const value of metric.values) {
			const key = labelsKey(value);
			const sum = values.get(key);
			values.set(key, sum ? {...sum, value: sum.value + value.value} : {...value});
		}

		byName.set(metric.name, {...into, values: [...values.values()]});
	}

	return [...byName.values()];
}

/** /metrics of a cluster: the primary's, each worker's and the dead workers' totals, each measure aggregated as it means. */
export function aggregateCluster(all: readonly MetricsJson[]): Registry {
	return AggregatorRegistry.aggregate(
		all.map((metrics) =>
			metrics.map((metric) =>
				Object.hasOwn(perProcess, metric.name) ? {...metric, aggregator: perProcess[metric.name]!} : metric,
			),
		),
	);
}
