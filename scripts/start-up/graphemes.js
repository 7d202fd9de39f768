import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {fileOf, filterFor} from './files.js';

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
		const graphemes = fileURLToPath(new URL('../../source/text/graphemes.ts', import.meta.url));
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
