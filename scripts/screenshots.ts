// Writes the README's screenshots: the built CLI in a pseudo-terminal, its screen as SVG.
//   npm run screenshots    builds, then rewrites docs/screenshots/ (and removes pictures no shot makes)
// npm run refresh does this too. test/e2e/screenshots.test.ts fails when a file is not what this would write.

import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {capture, screenshotsFolder, shots} from '../test/e2e/screenshots.js';
import {root} from '../test/support/cli-env.js';

/** Writes each shot's picture where it differs from the file, removes the pictures no shot makes, and returns the files changed. */
export async function writeScreenshots(): Promise<string[]> {
	const changed: string[] = [];
	mkdirSync(screenshotsFolder, {recursive: true});
	for (const shot of shots) {
		const file = join(screenshotsFolder, shot.file);
		const svg = await capture(shot);
		const before = readdirSync(screenshotsFolder).includes(shot.file) ? readFileSync(file, 'utf8') : undefined;
		if (svg !== before) {
			writeFileSync(file, svg);
			changed.push(relative(root, file));
		}
	}

	const made = new Set(shots.map((shot) => shot.file));
	for (const file of readdirSync(screenshotsFolder).filter((name) => name.endsWith('.svg') && !made.has(name))) {
		rmSync(join(screenshotsFolder, file));
		changed.push(`${relative(root, join(screenshotsFolder, file))} (removed)`);
	}

	return changed;
}

// Run, not imported (npm run refresh imports it).
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	for (const file of await writeScreenshots()) {
		console.log(`wrote ${file}`);
	}
}
