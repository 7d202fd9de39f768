// Writes the README's screenshots: the built CLI in a pseudo-terminal, its screen as SVG.
//   npm run screenshots    builds, then rewrites docs/screenshots/ (and removes pictures no shot makes)
// test/e2e/screenshots.test.ts fails when a file is not what this would write.

import {mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {capture, screenshotsFolder, shots} from '../test/e2e/screenshots.js';
import {root} from '../test/support/cli-env.js';

mkdirSync(screenshotsFolder, {recursive: true});
for (const shot of shots) {
	const file = join(screenshotsFolder, shot.file);
	writeFileSync(file, await capture(shot));
	console.log(`wrote ${relative(root, file)}`);
}

const made = new Set(shots.map((shot) => shot.file));
for (const file of readdirSync(screenshotsFolder).filter((name) => name.endsWith('.svg') && !made.has(name))) {
	rmSync(join(screenshotsFolder, file));
	console.log(`removed ${relative(root, join(screenshotsFolder, file))}`);
}
