// What the start-up plugins share: tables of files in node_modules, and exact rewrites that
// stop the build when the piece they rewrite is gone (the package changed: look again).
import {readFileSync} from 'node:fs';

/** A name as it stands in a regular expression. */
export const escapeName = (name) => name.replaceAll('$', '\\$');

/** The files of a table (paths inside node_modules), as an onLoad filter. */
export const filterFor = (table) =>
	new RegExp(
		`node_modules[\\\\/](${Object.keys(table)
			.map((file) => file.replaceAll('.', '\\.').replaceAll('/', '[\\\\/]'))
			.join('|')})$`,
	);

/** Which file of a table a path is. */
export const fileOf = (table, path) => Object.keys(table).find((file) => path.replaceAll('\\', '/').endsWith(file));

/** A plugin that replaces, in each file of `table`, each [from, to] pair, each `from` found exactly once. */
export const exactRewrites = (name, table) => ({
	name,
	setup(builder) {
		builder.onLoad({filter: filterFor(table)}, ({path}) => {
			let code = readFileSync(path, 'utf8');
			for (const [from, to] of table[fileOf(table, path)]) {
				if (code.split(from).length !== 2) {
					throw new Error(`${path}: no ${JSON.stringify(from)} to rewrite; has the package changed?`);
				}

				code = code.replace(from, to);
			}

			return {contents: code, loader: 'js'};
		});
	},
});
