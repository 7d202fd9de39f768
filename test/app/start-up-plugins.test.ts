import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {pathToFileURL} from 'node:url';
import {tokenize as realTokenize, styledCharsFromTokens, styledCharsToString} from '@alcalzone/ansi-tokenize';
import {Chalk} from 'chalk';
import {build, type Plugin} from 'esbuild';
import type {Box, Text} from 'ink';
import {render as renderInk} from 'ink-testing-library';
import RealLineBreaker from 'linebreak';
import {createElement, type ReactNode} from 'react';
import realSliceAnsi from 'slice-ansi';
import realStringWidth from 'string-width';
import type Yoga from 'yoga-layout';
import toPlainText from '../../source/document/plain-text.js';
import {root} from '../support/cli-env.js';
import fixtureResumes from '../support/fixture-resumes.js';

// The build rewrites pieces of string-width, ansi-tokenize, slice-ansi, linebreak, Ink and
// Yoga (scripts/start-up/). Bundled with those rewrites, each must do what it did.
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
export {render as renderInk} from 'ink-testing-library';
export {Box, Text} from 'ink';
export {default as Yoga} from 'yoga-layout';
`;
// Ink's development mode alone loads React DevTools, which is not installed: as in the build, a stub.
const noDevtools: Plugin = {
	name: 'no-devtools',
	setup(builder) {
		builder.onResolve({filter: /^react-devtools-core$/}, ({path}) => ({path, namespace: 'no-devtools'}));
		builder.onLoad({filter: /.*/, namespace: 'no-devtools'}, () => ({contents: 'export default {};'}));
	},
};

// The build gives every module that measures text one string-width (its own, which calls the
// package's); here, the package's, not the older copy wrap-ansi holds.
const oneStringWidth: Plugin = {
	name: 'one-string-width',
	setup(builder) {
		const path = join(root, 'node_modules', 'string-width', 'index.js');
		builder.onResolve({filter: /^string-width$/}, () => ({path}));
	},
};

// The entry bundled as the build bundles it, with the rewrites or without; React stays the test's own.
const texts = new Map<string, string>();
async function bundled(name: string, withPlugins: boolean): Promise<Record<string, unknown>> {
	const {outputFiles} = await build({
		stdin: {contents: entry, resolveDir: root, loader: 'js'},
		bundle: true,
		write: false,
		format: 'esm',
		platform: 'node',
		external: ['react'],
		banner: {js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);"},
		plugins: [noDevtools, oneStringWidth, ...(withPlugins ? Object.values(plugins) : [])],
		logLevel: 'error',
	});
	const file = join(folder, `${name}.mjs`);
	texts.set(name, outputFiles[0]!.text);
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
	renderInk: typeof renderInk;
	Box: typeof Box;
	Text: typeof Text;
	Yoga: typeof Yoga;
};

const plain = [fixtureResumes.zh, fixtureResumes.en].flatMap((resume) => toPlainText(resume, {width: 80}).split('\n'));
const chalk = new Chalk({level: 3});
const styled = [
	...plain
		.slice(0, 40)
		.map((line, index) => (index % 3 ? chalk.bold.cyan(line) : chalk.dim(`${line} ${chalk.red('x')}`))),
	`${chalk.blue.underline('\u001B]8;;https://aster.example.org\u0007https://aster.example.org\u001B]8;;\u0007')} ${chalk.inverse('›')}`,
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
		'CI/CD Rust/Terraform (内部项目) ，。',
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

test("Ink's reconciler, never in development, renders a frame as it did", () => {
	const frame = (bundle: Record<string, unknown>) => {
		const {renderInk: render, Box: InkBox, Text: InkText} = bundle as typeof rewritten;
		const text = (content: string, props = {}) => createElement(InkText, props, content);
		const shown = render(
			createElement(
				InkBox,
				{borderStyle: 'round', flexDirection: 'column', width: 40, padding: 1},
				text('Aster Lin', {bold: true, color: 'cyan'}),
				createElement(InkBox, {justifyContent: 'space-between'}, text('左'), text('right', {dimColor: true})),
				text('a line long enough to wrap inside the box, twice over at forty columns', {wrap: 'wrap'}),
			),
		);
		const drawn = shown.lastFrame();
		shown.unmount();
		return drawn;
	};
	const ours = frame(rewritten);
	assert.match(ours ?? '', /Aster Lin/);
	assert.equal(ours, frame(original));
});

test('Yoga, its loader asking nothing of fetch and decoding with Buffer, lays out as it did', () => {
	const layout = (yoga: typeof Yoga) => {
		const root = yoga.Node.create();
		root.setWidth(120);
		root.setHeight(40);
		root.setFlexDirection(yoga.FLEX_DIRECTION_ROW);
		root.setPadding(yoga.EDGE_ALL, 1);
		const children = [1, 2, 3].map((grow, index) => {
			const child = yoga.Node.create();
			child.setFlexGrow(grow);
			child.setMargin(yoga.EDGE_LEFT, index);
			child.setMinWidth(7 * index);
			root.insertChild(child, index);
			return child;
		});
		root.calculateLayout(undefined, undefined, yoga.DIRECTION_LTR);
		const boxes = [root, ...children].map((node) => node.getComputedLayout());
		root.freeRecursive();
		return boxes;
	};
	const asksFetch = (name: string) => texts.get(name)!.includes('typeof fetch');
	assert.deepEqual([asksFetch('original'), asksFetch('rewritten')], [true, false]);
	const ours = layout(rewritten.Yoga);
	assert.ok(ours[3]!.width > ours[1]!.width);
	assert.deepEqual(ours, layout(original.Yoga as typeof Yoga));
});
