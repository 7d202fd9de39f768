import {join} from 'node:path';
import type {Shot} from '../../scripts/readme-shots.js';
import bufferCells from '../support/buffer-cells.js';
import {root} from '../support/cli-env.js';
import screenSvg from '../support/screen-svg.js';
import {svgPalettes} from '../support/svg-palette.js';
import {withSession} from './harness.js';

export {type Shot, type Step, shots} from '../../scripts/readme-shots.js';

/** Where `npm run screenshots` writes the pictures the README shows. */
export const screenshotsFolder = join(root, 'docs', 'screenshots');

// The build of the real content: the pictures are of the résumé the package ships.
const contentCli = join(root, 'dist', 'cli.cjs');

/**
Runs the built CLI in a pseudo-terminal as `shot` says, in a fixed environment (Chinese,
xterm-256color with truecolor, nothing else from the caller's), and returns the screen, once
it has settled, as SVG.
*/
export async function capture(shot: Shot): Promise<string> {
	const env = {LANG: 'zh_CN.UTF-8', TERM: 'xterm-256color', COLORTERM: 'truecolor'};
	const args = ['--theme', shot.theme];
	return withSession({cols: shot.cols, rows: shot.rows, args, env, script: contentCli}, async (session) => {
		await session.ready();
		for (const {keys, shows} of shot.steps) {
			if (keys.length > 0) {
				session.press(...keys);
			}

			await session.waitFor((screen) => shows.every((text) => screen.includes(text)), undefined, shows.join(', '));
		}

		await session.settled();
		return screenSvg(bufferCells(session.terminal), {palette: svgPalettes[shot.theme], title: shot.title});
	});
}
