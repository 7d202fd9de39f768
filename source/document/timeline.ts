import stringWidth from '../text/string-width.js';
import truncate from '../text/truncate.js';
import type {TimelineMarks} from '../theme/glyphs.js';

/** A bar of a timeline: its label, and its period as the content writes it (`2019.02`, `2019.11`). */
export type TimelineRow = {readonly label: string; readonly start: string; readonly end: string};

/** How a timeline is drawn: its marks, and the paint of its bars and of its axis. */
export type TimelineStyle = {
	readonly marks: TimelineMarks;
	readonly bar: (text: string) => string;
	readonly axis: (text: string) => string;
	readonly ellipsis: string;
};

/** The widest a timeline is drawn: past a cell a month, more columns show nothing more. */
export const maxTimelineWidth = 100;

const yearWidth = 4;

// Months from January of `origin` to the start of a `2019.02` (or, with `through`, to the end of it).
function month(period: string, origin: number, through = false): number | undefined {
	const parts = /^(\d{4})\.(\d{2})$/.exec(period);
	return parts ? (Number(parts[1]) - origin) * 12 + Number(parts[2]) - (through ? 0 : 1) : undefined;
}

const year = (period: string) => Number(period.slice(0, 4));

// The years labelled: every one where they fit apart, else every second, third…
function yearLabels(ticks: readonly number[], width: number): number[] {
	for (let step = 1; ; step++) {
		const shown = ticks.flatMap((_, index) => (index % step === 0 ? [index] : []));
		const fits = shown.every(
			(index, at) => ticks[index]! + yearWidth <= (at + 1 < shown.length ? ticks[shown[at + 1]!]! - 1 : width),
		);
		if (fits || step >= ticks.length) {
			return fits ? shown : [0];
		}
	}
}

// A bar's row, its label beside it where there is room (after it, else before it), else a row of its own above it.
function barRows(label: string, from: number, to: number, width: number, style: TimelineStyle): string[] {
	const bar = ' '.repeat(from) + style.bar(style.marks.bar.repeat(to - from));
	const cells = stringWidth(label);
	if (to + 1 + cells <= width) {
		return [`${bar} ${label}`];
	}

	if (cells + 1 <= from) {
		return [`${' '.repeat(from - cells - 1)}${label} ${style.bar(style.marks.bar.repeat(to - from))}`];
	}

	const shown = truncate(label, width, style.ellipsis);
	return [' '.repeat(Math.max(0, Math.min(from, width - stringWidth(shown)))) + shown, bar];
}

/**
A career as a chart `width` columns wide (at most `maxTimelineWidth`): the years from the
first start to the last end, a rule with a tick at each, then one bar per row, oldest
first, as long as its months. A gap between two periods stays a gap of at least a column,
however narrow the chart; a period that is no month (`至今`) is left out. Lines end with no
spaces.
*/
export default function drawTimeline(rows: readonly TimelineRow[], width: number, style: TimelineStyle): string[] {
	const dated = rows.filter((row) => month(row.start, 0) !== undefined && month(row.end, 0) !== undefined);
	if (dated.length === 0 || width < yearWidth) {
		return [];
	}

	const first = Math.min(...dated.map((row) => year(row.start)));
	const last = Math.max(...dated.map((row) => year(row.end)));
	const columns = Math.min(width, maxTimelineWidth);
	const column = (months: number) => Math.round((months * columns) / ((last - first + 1) * 12));
	const ticks = Array.from({length: last - first + 1}, (_, index) => column(index * 12));
	const labels = yearLabels(ticks, columns);
	const years = labels.reduce(
		(line, index) => line + ' '.repeat(ticks[index]! - stringWidth(line)) + String(first + index),
		'',
	);
	const {rule, tick, ends} = style.marks;
	const ruler = Array.from({length: columns}, (_, at) =>
		at === 0 ? ends[0] : at === columns - 1 ? ends[1] : ticks.includes(at) ? tick : rule,
	).join('');

	let reached = -1;
	let ended = 0;
	const bars = [...dated]
		.sort((a, b) => month(a.start, first)! - month(b.start, first)!)
		.flatMap((row) => {
			const start = month(row.start, first)!;
			const end = month(row.end, first, true)!;
			// A gap in time is a gap on the chart: the bar starts a column past the last one's end.
			const from = Math.min(
				columns - 1,
				start > reached ? Math.max(column(start), ended + (reached < 0 ? 0 : 1)) : column(start),
			);
			const to = Math.min(columns, Math.max(column(end), from + 1));
			reached = Math.max(reached, end);
			ended = Math.max(ended, to);
			return barRows(row.label, from, to, columns, style);
		});
	return [style.axis(years), style.axis(ruler), ...bars];
}
