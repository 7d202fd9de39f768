import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, test} from 'node:test';
import {root} from '../support/cli-env.js';
import {capture, screenshotsFolder, shots} from './screenshots.js';

const rerun = 'run `npm run refresh` and commit docs/screenshots';

/** Where two texts first part, line by line, for a failure message. */
function firstDifference(file: string, screen: string): string {
	const [fileLines, screenLines] = [file.split('\n'), screen.split('\n')];
	const at = fileLines.findIndex((line, index) => line !== screenLines[index]);
	const line = at < 0 ? fileLines.length : at;
	return `line ${line + 1}:\n  the file:   ${fileLines[line] ?? '(end)'}\n  the screen: ${screenLines[line] ?? '(end)'}`;
}

describe('the README’s screenshots are the screen as it is now', {concurrency: true}, () => {
	test('docs/screenshots holds a picture for each shot and no other', () => {
		const svgs = readdirSync(screenshotsFolder).filter((name) => name.endsWith('.svg'));
		assert.deepEqual(svgs.sort(), shots.map((shot) => shot.file).sort(), rerun);
	});

	test('the README shows each picture, with what it shows in words', () => {
		const readme = readFileSync(join(root, 'README.md'), 'utf8');
		const images = Array.from(readme.matchAll(/<img src="([^"]+)"[^>]*? alt="([^"]+)">/g), ([, src, alt]) => ({
			src,
			alt,
		}));
		for (const shot of shots) {
			assert.ok(
				images.some(({src, alt}) => src === `docs/screenshots/${shot.file}` && alt === shot.title),
				`the README has <img src="docs/screenshots/${shot.file}" ... alt="${shot.title}">`,
			);
		}
	});

	for (const shot of shots) {
		test(`${shot.file}: ${shot.cols}×${shot.rows}, ${shot.theme}, drawn again from the screen, is the file`, async () => {
			const path = join(screenshotsFolder, shot.file);
			assert.ok(existsSync(path), `docs/screenshots/${shot.file} is missing: ${rerun}`);
			const [file, screen] = [readFileSync(path, 'utf8'), await capture(shot)];
			assert.ok(
				file === screen,
				`docs/screenshots/${shot.file} is stale: ${rerun}. First difference, ${firstDifference(file, screen)}`,
			);
		});
	}
});
