import {readdirSync} from 'node:fs';

/** Imports every test file of a folder, in the order of their names, so that their tests run in the importing process. */
export default async function importTests(folder: URL): Promise<void> {
	const files = readdirSync(folder)
		.filter((name) => /\.test\.tsx?$/.test(name))
		.sort();
	for (const file of files) {
		await import(new URL(file, folder).href);
	}
}
