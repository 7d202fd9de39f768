// The licence notices of every package whose code esbuild put into the bundle.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

const packageOf = (input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];

/** Text for THIRD-PARTY-LICENSES.txt, from esbuild's metafile: one section a package, sorted by name. */
export function licenceNotices(metafile) {
	const names = new Set(
		Object.keys(metafile.inputs)
			.map((input) => packageOf(input))
			.filter(Boolean),
	);
	const sections = [...names].sort().map((name) => {
		const folder = join('node_modules', name);
		const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
		const file = readdirSync(folder).find((entry) => /^licen[cs]e/i.test(entry));
		const text = file && existsSync(join(folder, file)) ? readFileSync(join(folder, file), 'utf8').trim() : '';
		return [`${manifest.name}@${manifest.version} (${manifest.license ?? 'see its package'})`, text].join('\n\n');
	});
	return `The manjusaka package bundles code from these packages.\n\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}
