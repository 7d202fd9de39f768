import {join} from 'node:path';
import type {Shot} from '../../scripts/readme-shots.js';
import afterKeys from '../support/barrier.js';
import bufferCells from '../support/buffer-cells.js';
import {contentCli, root} from '../support/cli-env.js';
import screenSvg from '../support/screen-svg.js';
import {svgPalettes} from '../support/svg-palette.js';
import {withSession} from './harness.js';

export {type Shot, type Step, shots} from '../../scripts/readme-shots.js';

/** Where `npm run screenshots` writes the pictures the README shows. */
export const screenshotsFolder = join(root, 'docs', 'screenshots');

/**
Runs the CLI built from the real résumé (the README shows it) in a pseudo-terminal as `shot`
says, in a fixed environment (Chinese, xterm-256color with truecolor, nothing else from the
caller's), and returns the screen, once every key is drawn, as SVG.
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

		// The help opened and closed: every key before it has been drawn.
		await afterKeys(session);
		return screenSvg(bufferCells(session.terminal), {palette: svgPalettes[shot.theme], title: shot.title});
	});
}
