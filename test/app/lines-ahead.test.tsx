import assert from 'node:assert/strict';
import {test} from 'node:test';
import {Text} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import type {Language} from '../../source/model/language.js';
import useLinesAhead from '../../source/ui/hooks/use-lines-ahead.js';
import poll from '../support/poll.js';

const entries = {zh: ['a', 'b', 'c', 'd'], en: ['a', 'b', 'c', 'd']};

function Probe({
	linesOf,
	selected,
	active = true,
}: {
	linesOf: (language: Language, index: number) => void;
	selected: number;
	active?: boolean;
}) {
	useLinesAhead(linesOf, entries, {language: 'en', selected, active});
	return <Text>frame</Text>;
}

test('after the frame, every entry is wrapped: the shown language first, nearest the selection first', async () => {
	const wrapped: string[] = [];
	const rendered = render(<Probe linesOf={(language, index) => wrapped.push(`${language}${index}`)} selected={2} />);
	assert.equal(rendered.lastFrame(), 'frame');
	await poll(
		() => wrapped.length,
		(count) => count === 8,
		{what: 'all eight entries wrapped', timeout: 2000},
	);
	assert.deepEqual(wrapped, ['en2', 'en1', 'en3', 'en0', 'zh2', 'zh1', 'zh3', 'zh0']);
	cleanup();
});

test('nothing is wrapped while inactive (a screen too small), nor after the app ends', async () => {
	const wrapped: string[] = [];
	const linesOf = (language: Language, index: number) => wrapped.push(`${language}${index}`);
	render(<Probe linesOf={linesOf} selected={0} active={false} />);
	render(<Probe linesOf={linesOf} selected={0} />).unmount();
	// One that runs beside them: when it has wrapped all eight, the others' turns are past.
	const beside: string[] = [];
	render(<Probe linesOf={(language, index) => beside.push(`${language}${index}`)} selected={0} />);
	await poll(
		() => beside.length,
		(count) => count === 8,
		{what: 'the app beside them to wrap all eight', timeout: 2000},
	);
	assert.deepEqual(wrapped, []);
	cleanup();
});
