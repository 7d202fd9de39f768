// The licence notices of every package whose code esbuild put into the bundle.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

// The package a bundled file belongs to: the folder after the last node_modules/, so that a
// package nested inside another is credited as itself.
const packageOf = (input) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];

const mitText = `Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.`;

// A package that ships no licence file (yoga-layout does not) but says MIT in its manifest
// and names its copyright holder in its sources' headers: the MIT text with that holder.
// Any other package without a licence file stops the build.
function mit(folder, manifest) {
	const source = join(folder, manifest.main ?? manifest.module ?? 'index.js');
	const copyright = existsSync(source) ? /Copyright \(c\)[^\n*]+/.exec(readFileSync(source, 'utf8'))?.[0] : undefined;
	if (manifest.license !== 'MIT' || !copyright) {
		throw new Error(`${folder}: no licence file to ship with the code the bundle takes from it`);
	}

	return `MIT License\n\n${copyright.trim()}\n\n${mitText}`;
}

/** Text for THIRD-PARTY-LICENSES.txt, from esbuild's metafile: one section a package, sorted by name. */
export function licenceNotices(metafile) {
	const folders = new Set(
		Object.keys(metafile.inputs)
			.map((input) => packageOf(input))
			.filter(Boolean),
	);
	const notices = [...folders].map((folder) => {
		const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
		const file = readdirSync(folder).find((entry) => /^licen[cs]e/i.test(entry));
		const text =
			file && existsSync(join(folder, file)) ? readFileSync(join(folder, file), 'utf8').trim() : mit(folder, manifest);
		const heading = `${manifest.name}@${manifest.version} (${manifest.license ?? 'see its package'})`;
		return {name: manifest.name, text: `${heading}\n\n${text}`};
	});
	const sections = notices.sort((a, b) => a.name.localeCompare(b.name)).map(({text}) => text);
	return `The manjusaka package bundles code from these packages.\n\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}
