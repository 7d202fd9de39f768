// esbuild plugins that keep work out of the start: what bundled modules build when they load
// although the first frame never uses it. Each rewrites a known piece of a known file and
// stops the build when that piece is gone (the package changed: look again).
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';

// Module-level values made on first use. A Segmenter is 3–10 ms to make (the first loads
// ICU's data); a `v`-flag regular expression is parsed when made (\p{RGI_Emoji}: 15–20 ms),
// and a literal one when its file is compiled, even inside a function not yet called: so the
// rewritten literal becomes a `new RegExp` of the same source and flags.
const lazyValues = {
	'string-width/index.js': [
		'segmenter',
		'visibleCharacterRegex',
		'spacingMarkRegex',
		'rgiEmojiRegex',
		'extendedPictographicRegex',
	],
};

// A stand-in that makes the value at its first use and hands every property (methods bound,
// Symbol.match and Symbol.search included) to it; only reads go through it.
const lazyHelper =
	'const __lazy = (make) => { let value; return new Proxy({}, {get(_, key) { value ??= make(); ' +
	"const member = value[key]; return typeof member === 'function' ? member.bind(value) : member; }}); };\n";

const escapeName = (name) => name.replaceAll('$', '\\$');

// The files of a table, as an onLoad filter, and which of them a path is.
const filterFor = (table) =>
	new RegExp(
		`node_modules[\\\\/](${Object.keys(table)
			.map((file) => file.replaceAll('.', '\\.').replaceAll('/', '[\\\\/]'))
			.join('|')})$`,
	);
const fileOf = (table, path) => Object.keys(table).find((file) => path.replaceAll('\\', '/').endsWith(file));

function makeLazy(code, name, path) {
	const declaration = new RegExp(
		`^const ${escapeName(name)} = (new Intl\\.Segmenter\\([^;\\n]*\\)|/.+/([a-z]*));$`,
		'm',
	);
	const found = declaration.exec(code);
	if (!found) {
		throw new Error(`${path}: no "const ${name} = new Intl.Segmenter(…)" or regular expression to make lazy`);
	}

	// Writes would land on the stand-in, not the value.
	if (new RegExp(`\\b${escapeName(name)}\\.\\w+\\s*=[^=]`).test(code)) {
		throw new Error(`${path}: ${name} is written to; a lazy stand-in only reads`);
	}

	const [whole, value, flags] = found;
	const made =
		flags === undefined ? value : `new RegExp(${JSON.stringify(value.slice(1, -flags.length - 1))}, "${flags}")`;
	return code.replace(whole, `const ${name} = __lazy(() => ${made});`);
}

/** Values that bundled modules build at load, built at their first use instead. */
export const lazyAtLoad = {
	name: 'lazy-at-load',
	setup(builder) {
		builder.onLoad({filter: filterFor(lazyValues)}, ({path}) => {
			let code = readFileSync(path, 'utf8');
			for (const name of lazyValues[fileOf(lazyValues, path)]) {
				code = makeLazy(code, name, path);
			}

			return {contents: lazyHelper + code, loader: 'js'};
		});
	},
};

// Ink asks `isDev()` (DEV=true in the environment) at its reconciler's top level and awaits
// React DevTools and its package.json there: the awaits make every module above it wait a
// turn. The bundle is never in development.
export const inkWithoutDevelopment = {
	name: 'ink-without-development',
	setup(builder) {
		builder.onLoad({filter: /ink[\\/]build[\\/]reconciler\.js$/}, ({path}) => {
			const code = readFileSync(path, 'utf8');
			if (!/^if \(isDev\(\)\) \{$/m.test(code) || !/^const packageJson = isDev\(\)$/m.test(code)) {
				throw new Error(`${path}: no top-level isDev() to answer; has Ink's reconciler changed?`);
			}

			return {contents: code.replaceAll('isDev()', 'false'), loader: 'js'};
		});
	},
};

// Ink cuts every line of every frame into graphemes with @alcalzone/ansi-tokenize, and the
// wrapping of styled text cuts with slice-ansi; each makes a segmenter for it. Ours
// (source/text/graphemes.ts) cuts the common characters without one, and makes one for the rest.
const segmenterUsers = {
	'@alcalzone/ansi-tokenize/build/tokenize.js': 'segmenter',
	'slice-ansi/tokenize-ansi.js': 'GRAPHEME_SEGMENTER',
};

export const segmentWithGraphemes = {
	name: 'segment-with-graphemes',
	setup(builder) {
		const graphemes = fileURLToPath(new URL('../source/text/graphemes.ts', import.meta.url));
		builder.onLoad({filter: filterFor(segmenterUsers)}, ({path}) => {
			const name = segmenterUsers[fileOf(segmenterUsers, path)];
			const declaration = new RegExp(
				`^const ${name} = new Intl\\.Segmenter\\(undefined, \\{ ?granularity: ["']grapheme["'] ?\\}\\);\\n`,
				'm',
			);
			let code = readFileSync(path, 'utf8');
			if (!declaration.test(code) || !code.includes(`${name}.segment(`)) {
				throw new Error(`${path}: no grapheme segmenter ${name} made and used; has the package changed?`);
			}

			code = code.replace(declaration, '').replaceAll(`${name}.segment(`, '__graphemes(');
			if (new RegExp(`\\b${name}\\b`).test(code)) {
				throw new Error(`${path}: ${name} is used other than by segment(); has the package changed?`);
			}

			return {contents: `import __graphemes from ${JSON.stringify(graphemes)};\n${code}`, loader: 'js'};
		});
	},
};

// linebreak inflates its table of Unicode line-break classes when it loads (about 5 ms, mostly
// tiny-inflate). The build inflates it instead and writes the table itself, 16 bits a value
// (the classes and offsets are all below 2^16); the start only copies it into its array.
// Little-endian machines (nearly all) widen the values natively; others read them one by one.
const trieLoader =
	'const __trieData = (base64) => { const bytes = Buffer.from(base64, "base64"); ' +
	'if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 && bytes.byteOffset % 2 === 0) ' +
	'return new Uint32Array(new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2)); ' +
	'const data = new Uint32Array(bytes.length / 2); ' +
	'for (let index = 0; index < data.length; index++) data[index] = bytes.readUInt16LE(2 * index); return data; };\n';

export const lineBreakTableInflated = {
	name: 'line-break-table-inflated',
	setup(builder) {
		builder.onLoad({filter: /node_modules[\\/]linebreak[\\/]dist[\\/]module\.mjs$/}, ({path}) => {
			const code = readFileSync(path, 'utf8');
			const table = /^const (\S+) = (\S+)\.toByteArray\("([A-Za-z\d+/=]+)"\);\nconst (\S+) = new (\S+)\(\1\);$/m.exec(
				code,
			);
			const base64Import = table && new RegExp(`^import ${escapeName(table[2])} from "base64-js";\\n`, 'm');
			if (!table || !base64Import.test(code)) {
				throw new Error(`${path}: no line-break table read from base64 to inflate; has linebreak changed?`);
			}

			const [whole, data, base64, encoded, trie, UnicodeTrie] = table;
			const inflated = new (createRequire(path)('unicode-trie'))(Buffer.from(encoded, 'base64'));
			const values = Buffer.alloc(inflated.data.length * 2);
			for (const [index, value] of inflated.data.entries()) {
				if (value > 0xff_ff) {
					throw new Error(`${path}: a line-break table value above 16 bits; has linebreak changed?`);
				}

				values.writeUInt16LE(value, 2 * index);
			}

			const rest = code.replace(base64Import, '').replace(whole, '');
			if (rest.includes(data) || rest.includes(base64)) {
				throw new Error(`${path}: the line-break table is used elsewhere; has linebreak changed?`);
			}

			const parsed = `{data: __trieData("${values.toString('base64')}"), highStart: ${inflated.highStart}, errorValue: ${inflated.errorValue}}`;
			return {
				contents:
					trieLoader + code.replace(base64Import, '').replace(whole, `const ${trie} = new ${UnicodeTrie}(${parsed});`),
				loader: 'js',
			};
		});
	},
};

// Ink turns each line of each frame into styled characters and back with ansi-tokenize, which
// copies the active styles into every character and diffs them between every two: most of a
// frame's drawing, and of its garbage. Characters of one run now share their styles (nothing
// writes to them), and a diff between the same styles, or between none and none, is skipped:
// it is empty.
const styledCharsRewrites = [
	['styles: [...codes],', 'styles: codes,'],
	[
		'ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
		'const before = chars[i - 1].styles;\n' +
			'if (before !== char.styles && (before.length > 0 || char.styles.length > 0)) ' +
			'ret += ansiCodesToString(diffAnsiCodes(before, char.styles));',
	],
	['if (i === chars.length - 1) {', 'if (i === chars.length - 1 && char.styles.length > 0) {'],
];

export const sharedStyles = {
	name: 'shared-styles',
	setup(builder) {
		builder.onLoad({filter: /@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/}, ({path}) => {
			let code = readFileSync(path, 'utf8');
			for (const [from, to] of styledCharsRewrites) {
				if (code.split(from).length !== 2) {
					throw new Error(`${path}: no "${from}" to rewrite; has ansi-tokenize changed?`);
				}

				code = code.replace(from, to);
			}

			return {contents: code, loader: 'js'};
		});
	},
};

// Built-in modules and tables that Ink's dependencies load when they load, for a path the
// first frame never takes: made on first use instead. Each piece must be found exactly once.
const loadedOnUse = {
	// signal-exit asks `assert` (about 2 ms to load) whether its callback is a function.
	'signal-exit/index.js': [
		[
			"var assert = require('assert')",
			'var assert = {equal: function (actual, expected, message) { if (actual != expected) ' +
				"require('assert').equal(actual, expected, message) }}",
		],
	],
	// terminal-size asks `tput` through child_process only when no stream knows the size.
	'terminal-size/index.js': [
		[
			"import {execFileSync} from 'node:child_process';",
			"const execFileSync = (...arguments_) => require('node:child_process').execFileSync(...arguments_);",
		],
	],
	// Ink's error screen reads stacks with stack-utils, which builds a pattern for each
	// built-in module when it loads (about 2 ms); only an error ever shows that screen.
	'ink/build/components/ErrorOverview.js': [
		["import StackUtils from 'stack-utils';\n", ''],
		[
			'const stackUtils = new StackUtils({\n    cwd: cwd(),\n    internals: StackUtils.nodeInternals(),\n});',
			"let stackUtilsMade;\nconst stackUtils = {parseLine(line) { const StackUtils = require('stack-utils'); " +
				'stackUtilsMade ??= new StackUtils({cwd: cwd(), internals: StackUtils.nodeInternals()}); ' +
				'return stackUtilsMade.parseLine(line); }};',
		],
	],
};

export const loadOnUse = {
	name: 'load-on-use',
	setup(builder) {
		builder.onLoad({filter: filterFor(loadedOnUse)}, ({path}) => {
			let code = readFileSync(path, 'utf8');
			for (const [from, to] of loadedOnUse[fileOf(loadedOnUse, path)]) {
				if (code.split(from).length !== 2) {
					throw new Error(`${path}: no ${JSON.stringify(from)} to rewrite; has the package changed?`);
				}

				code = code.replace(from, to);
			}

			return {contents: code, loader: 'js'};
		});
	},
};
