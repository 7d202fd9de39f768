import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import loadResume from '../source/load-resume.js';
import renderPlain from '../source/render-plain.js';

// The résumé as first written, kept verbatim: content/resume.zh.md is this text with
// ids on the headings and two spelling fixes, so no line of it may get lost on the way.
const sourceLines = readFileSync(new URL('fixtures/source-resume.md', import.meta.url), 'utf8').split('\n');

const spellingFixes: ReadonlyArray<readonly [string, string]> = [
	['OpenTelementry', 'OpenTelemetry'],
	['Isto', 'Istio'],
];

/** A source line as a reader sees it: Markdown syntax gone, spelling fixed. */
function asShown(line: string): string {
	let text = line
		.trimEnd()
		.replace(/^#+\s+/, '')
		.replace(/^(?:\* |\d+\. )/, '')
		.replaceAll(/<([^<>\s]+)>/g, '$1')
		// Runs of spaces read as one in Markdown: the source has `2024.12  Senior SRE`.
		.replaceAll(/ {2,}/g, ' ')
		.replace(/：$/, '');
	for (const [wrong, right] of spellingFixes) {
		text = text.replaceAll(wrong, right);
	}

	return text;
}

test('every non-empty line of the source résumé reaches the piped output', () => {
	// Wide enough that nothing wraps, so each source line is within one output line.
	const output = renderPlain(loadResume(fileURLToPath(new URL('../content/resume.zh.md', import.meta.url))), 1000);
	const outputLines = output.split('\n');
	const missing = sourceLines
		.map((line, index) => ({number: index + 1, text: asShown(line)}))
		.filter(({text}) => text !== '' && !outputLines.some((line) => line.includes(text)))
		.map(({number, text}) => `source-resume.md:${number}: ${text}`);
	assert.deepEqual(missing, [], `lines missing from the output:\n${missing.join('\n')}`);
});

test('the misspellings of the source are fixed in the output', () => {
	const output = renderPlain(loadResume(fileURLToPath(new URL('../content/resume.zh.md', import.meta.url))), 1000);
	for (const [wrong, right] of spellingFixes) {
		assert.ok(
			sourceLines.some((line) => line.includes(wrong)),
			`the source should contain "${wrong}"`,
		);
		assert.equal(output.includes(wrong), false, `"${wrong}" should read "${right}"`);
		assert.ok(output.includes(right), `"${right}" should be in the output`);
	}
});
