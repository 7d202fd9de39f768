import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {pathToFileURL} from 'node:url';
import {tokenize as realTokenize, styledCharsFromTokens, styledCharsToString} from '@alcalzone/ansi-tokenize';
import {Chalk} from 'chalk';
import {build, type Plugin} from 'esbuild';
import {render as renderInk} from 'ink-testing-library';
import RealLineBreaker from 'linebreak';
import {createElement, type ReactNode} from 'react';
import realSliceAnsi from 'slice-ansi';
import realStringWidth from 'string-width';
import {root} from './support/cli-env.js';

// The build rewrites pieces of string-width, ansi-tokenize, slice-ansi and linebreak
// (scripts/start-up/). Bundled with those rewrites, each must do what it did.
const plugins = (await import(join(root, 'scripts', 'start-up', 'index.js') as string)) as Record<string, Plugin>;
// Inside the project, so that the bundles find the test's own React.
mkdirSync(join(root, 'node_modules', '.cache'), {recursive: true});
const folder = mkdtempSync(join(root, 'node_modules', '.cache', 'start-up-plugins-'));
after(() => rmSync(folder, {recursive: true, force: true}));

const entry = `
export {default as stringWidth} from 'string-width';
export {tokenize, styledCharsFromTokens, styledCharsToString} from '@alcalzone/ansi-tokenize';
export {default as sliceAnsi} from 'slice-ansi';
export {default as LineBreaker} from 'linebreak';
export {default as signalExit} from 'signal-exit';
export {default as terminalSize} from 'terminal-size';
export {default as ErrorOverview} from './node_modules/ink/build/components/ErrorOverview.js';
`;
// The entry bundled as the build bundles it, with the rewrites or without; React stays the test's own.
async function bundled(name: string, withPlugins: boolean): Promise<Record<string, unknown>> {
	const {outputFiles} = await build({
		stdin: {contents: entry, resolveDir: root, loader: 'js'},
		bundle: true,
		write: false,
		format: 'esm',
		platform: 'node',
		external: ['react'],
		banner: {js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);"},
		plugins: withPlugins ? Object.values(plugins) : [],
		logLevel: 'error',
	});
	const file = join(folder, `${name}.mjs`);
	writeFileSync(file, outputFiles[0]!.text);
	return import(pathToFileURL(file).href) as Promise<Record<string, unknown>>;
}

const original = await bundled('original', false);
const rewritten = (await bundled('rewritten', true)) as {
	stringWidth: typeof realStringWidth;
	tokenize: typeof realTokenize;
	styledCharsFromTokens: typeof styledCharsFromTokens;
	styledCharsToString: typeof styledCharsToString;
	sliceAnsi: typeof realSliceAnsi;
	LineBreaker: typeof RealLineBreaker;
	signalExit: (callback: unknown) => () => void;
	terminalSize: () => {columns: number; rows: number};
	ErrorOverview: (props: {error: Error}) => ReactNode;
};

const plain = ['plain-80.txt', 'plain-80.en.txt'].flatMap((file) =>
	readFileSync(join(root, 'test', 'golden', file), 'utf8').split('\n'),
);
const chalk = new Chalk({level: 3});
const styled = [
	...plain
		.slice(0, 40)
		.map((line, index) => (index % 3 ? chalk.bold.cyan(line) : chalk.dim(`${line} ${chalk.red('x')}`))),
	`${chalk.blue.underline('\u001B]8;;https://manjusaka.blog\u0007https://manjusaka.blog\u001B]8;;\u0007')} ${chalk.inverse('›')}`,
	'😀 emoji 👩‍💻 🇨🇳 é e\u0301 한국어 각 ｆｕｌｌ\ttab',
	`${chalk.bold('bold')}${chalk.dim('dim')}${chalk.bold.dim('both')} ${chalk.reset('reset')}`,
	'',
];

test('string-width, its patterns made at first use, measures as before', () => {
	for (const text of [...plain, ...styled]) {
		assert.equal(rewritten.stringWidth(text), realStringWidth(text), JSON.stringify(text));
	}
});

test('ansi-tokenize, cutting with graphemes() and sharing styles, draws every line as before', () => {
	for (const line of [...plain, ...styled]) {
		const ours = rewritten.styledCharsFromTokens(rewritten.tokenize(line));
		const theirs = styledCharsFromTokens(realTokenize(line));
		assert.deepEqual(ours, theirs, JSON.stringify(line));
		assert.equal(rewritten.styledCharsToString(ours), styledCharsToString(theirs), JSON.stringify(line));
	}
});

test('slice-ansi, cutting with graphemes(), slices as before', () => {
	for (const line of styled) {
		for (const [start, end] of [
			[0, 10],
			[3, 17],
			[5, undefined],
		] as const) {
			assert.equal(rewritten.sliceAnsi(line, start, end), realSliceAnsi(line, start, end), JSON.stringify(line));
		}
	}
});

test('linebreak, its table inflated at build time, breaks as before', () => {
	const breaks = (Breaker: typeof RealLineBreaker, text: string) => {
		const found: string[] = [];
		const breaker = new Breaker(text);
		for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
			found.push(`${next.position}${next.required ? '!' : ''}`);
		}

		return found.join(' ');
	};
	for (const text of [
		plain.join('\n'),
		'😀 emoji 👩‍💻 🇨🇳 한국어 각 ｆｕｌｌ',
		'CI/CD Flask/Gunicorn (内部调转) ，。',
	]) {
		assert.equal(breaks(rewritten.LineBreaker, text), breaks(RealLineBreaker, text));
	}
});

test('signal-exit takes a callback and refuses anything else as it did, without loading assert first', () => {
	const remove = rewritten.signalExit(() => {});
	remove();
	const refusal = (signalExit: (callback: unknown) => unknown) => {
		try {
			signalExit('not a function');
		} catch (error) {
			return `${(error as Error).name}: ${(error as Error).message}`;
		}

		return 'accepted';
	};
	assert.equal(refusal(rewritten.signalExit), refusal(original.signalExit as (callback: unknown) => unknown));
	assert.match(refusal(rewritten.signalExit), /AssertionError.*callback must be provided/);
});

test('terminal-size answers as it did, child_process loaded on use', () => {
	assert.deepEqual(rewritten.terminalSize(), (original.terminalSize as () => unknown)());
});

test("Ink's error screen, stack-utils made on use, shows an error as it did", () => {
	const error = new Error('something broke');
	const frame = (ErrorOverview: unknown) => {
		const shown = renderInk(createElement(ErrorOverview as (props: {error: Error}) => ReactNode, {error}));
		const text = shown.lastFrame();
		shown.unmount();
		return text;
	};
	const ours = frame(rewritten.ErrorOverview);
	assert.match(ours ?? '', /something broke/);
	assert.equal(ours, frame(original.ErrorOverview));
});
