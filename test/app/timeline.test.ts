import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringWidth from 'string-width';
import drawTimeline, {maxTimelineWidth, type TimelineRow} from '../../source/document/timeline.js';
import {languages} from '../../source/model/language.js';
import glyphsFor from '../../source/theme/glyphs.js';
import {resumes} from '../support/draw.js';
import {chartAt46} from '../support/timeline-text.js';

const style = (unicode = true) => {
	const {timeline, ellipsis} = glyphsFor({unicode});
	return {marks: timeline, ellipsis, bar: (text: string) => text, axis: (text: string) => text};
};
const rowsOf = (language: (typeof languages)[number]) =>
	resumes[language].work.jobs.map(({company, period}) => ({label: company, start: period.start, end: period.end}));

/** The bars of a chart, oldest first: the columns [from, to) of each run of the bar mark. */
function bars(lines: readonly string[], mark = '█'): Array<{from: number; to: number}> {
	return lines.slice(2).flatMap((line) => {
		const at = line.indexOf(mark);
		if (at < 0) {
			return [];
		}

		const from = stringWidth(line.slice(0, at));
		const run = /^[█#]+/.exec(line.slice(at))![0].length;
		return [{from, to: from + run}];
	});
}

test('46 columns (the panel of an 80-column terminal): the years, a rule, a bar per job, labelled beside it', () => {
	assert.deepEqual(drawTimeline(rowsOf('zh'), 46, style()), chartAt46);
});

test('36 columns in ASCII (the panel of a 40-column terminal): every second year, a label too wide for beside goes above', () => {
	assert.deepEqual(drawTimeline(rowsOf('zh'), 36, style(false)), [
		'2014      2017      2020     2023',
		'+--+---+--+--+--+---+--+--+--+---+-+',
		'  ######### 青松数据有限公司',
		'            ## 白鹭网络',
		'              云杉科技（内部调转）',
		'              ######',
		'                    ### Lumen Labs',
		'  northwind.example & harbor.example',
		'                       ###########',
	]);
});

// The fixture's jobs oldest first, each with its first and last month counted from year 0; a
// period counts both of its ends, as the chart draws it.
const month = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const jobs = resumes.zh.work.jobs
	.map(({period}) => ({first: month(period.start), last: month(period.end)}))
	.reverse()
	.map((job) => ({...job, months: job.last - job.first + 1}));
// The axis runs from January of the first year to December of the last.
const span = (Math.floor(jobs.at(-1)!.last / 12) - Math.floor(jobs[0]!.first / 12) + 1) * 12;
// A job followed by one that starts three months or more after it ends, and by one that starts the month after.
const gaps = jobs.flatMap((job, index) =>
	index + 1 < jobs.length && jobs[index + 1]!.first - job.last > 3 ? [index] : [],
);
const adjoining = jobs.flatMap((job, index) => (jobs[index + 1]?.first === job.last + 1 ? [index] : []));

test('the fixture has what the chart must show: a gap between two jobs, and two jobs end to end', () => {
	assert.ok(gaps.length > 0 && adjoining.length > 0);
});

test('at every width, every line fits, each job has its bar in proportion to its months, and the gap stays a gap', () => {
	for (const language of languages) {
		for (let width = 20; width <= 130; width++) {
			const lines = drawTimeline(rowsOf(language), width, style());
			const columns = Math.min(width, maxTimelineWidth);
			const where = `${language} at ${width}:\n${lines.join('\n')}`;
			for (const line of lines) {
				assert.ok(stringWidth(line) <= columns && line === line.trimEnd(), where);
			}

			const found = bars(lines);
			assert.equal(found.length, jobs.length, where);
			for (const [index, {from, to}] of found.entries()) {
				const shouldBe = (jobs[index]!.months * columns) / span;
				assert.ok(Math.abs(to - from - shouldBe) <= 1.5, `bar ${index}, ${where}`);
			}

			for (const index of gaps) {
				assert.ok(found[index + 1]!.from >= found[index]!.to + 1, `a gap of a column at least, ${where}`);
			}

			for (const index of adjoining) {
				assert.equal(found[index + 1]!.from, found[index]!.to, `one month then the next: end to end, ${where}`);
			}

			for (const {label} of rowsOf(language)) {
				const shown = label.slice(0, 8);
				assert.ok(
					lines.some((line) => line.includes(shown)),
					`${label} is labelled, ${where}`,
				);
			}
		}
	}
});

test('never wider than a column a month allows, however wide the text', () => {
	const lines = drawTimeline(rowsOf('zh'), 1000, style());
	assert.equal(stringWidth(lines[1]!), maxTimelineWidth);
});

test('only periods written as months are drawn; none, no chart', () => {
	const rows: TimelineRow[] = [
		{label: 'A', start: '2020.01', end: '2020.12'},
		{label: 'Now', start: '2021.01', end: '至今'},
	];
	const lines = drawTimeline(rows, 24, style());
	// A whole year in 24 columns: no room beside the bar, the label goes above it.
	assert.deepEqual(lines, ['2020', '├──────────────────────┤', 'A', '█'.repeat(24)]);
	assert.deepEqual(drawTimeline([{label: 'Now', start: '2021.01', end: '至今'}], 40, style()), []);
	assert.deepEqual(drawTimeline([], 40, style()), []);
});
