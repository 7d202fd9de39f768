import {readFileSync} from 'node:fs';
import {escapeName, fileOf, filterFor} from './files.js';

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
