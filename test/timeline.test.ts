import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringWidth from 'string-width';
import drawTimeline, {maxTimelineWidth, type TimelineRow} from '../source/document/timeline.js';
import {languages} from '../source/model/language.js';
import glyphsFor from '../source/theme/glyphs.js';
import {resumes} from './support/draw.js';
import {chartAt46} from './support/timeline-text.js';

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
		'2017     2019     2021     2023',
		'+----+---+----+---+----+---+----+--+',
		'######### 北京闪银科技有限公司',
		'          ### 饿了么',
		'             阿里云（内部调转）',
		'             ########',
		'     Taichi Graphics ###',
		'  debank.com & rabby.io ############',
	]);
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

			// Oldest first: 闪银 22 months, 饿了么 10, 阿里云 22, Taichi 8, debank 33, of 96.
			const found = bars(lines);
			const months = [22, 10, 22, 8, 33];
			assert.equal(found.length, months.length, where);
			for (const [index, {from, to}] of found.entries()) {
				assert.ok(Math.abs(to - from - (months[index]! * columns) / 96) <= 1.5, `bar ${index}, ${where}`);
			}

			const [shanyin, eleme, aliyun, taichi] = found;
			assert.ok(eleme!.from >= shanyin!.to + 1, `2018.11–2019.02 is a gap of a column at least, ${where}`);
			assert.equal(taichi!.from, aliyun!.to, `2021.08 then 2021.09: end to end, ${where}`);
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
