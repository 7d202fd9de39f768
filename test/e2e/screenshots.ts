import {join} from 'node:path';
import type {Background} from '../../source/theme/palette.js';
import afterKeys from '../support/barrier.js';
import bufferCells from '../support/buffer-cells.js';
import {contentCli, root} from '../support/cli-env.js';
import screenSvg from '../support/screen-svg.js';
import {svgPalettes} from '../support/svg-palette.js';
import {withSession} from './harness.js';

/** Where `npm run screenshots` writes the pictures the README shows. */
export const screenshotsFolder = join(root, 'docs', 'screenshots');

/** Keys pressed in one write, then texts the screen shows once they have been read (all of them, in one frame). */
export type Step = {readonly keys: readonly string[]; readonly shows: readonly string[]};

/** A screenshot: its file, the terminal's size and theme, the keys that lead to it, and what it shows in words. */
export type Shot = {
	readonly file: string;
	readonly cols: number;
	readonly rows: number;
	readonly theme: Background;
	readonly steps: readonly Step[];
	readonly title: string;
};

// The profile is the first entry: nothing to press, its panel ends with the timeline's last bar.
const profile: Step = {keys: [], shows: ['█ Taichi Graphics', '1–16 / 17']};
const job: Step = {keys: ['3'], shows: ['› 3 ', 'Senior SRE@debank.com', '侧稳定性需求']};
const search: readonly Step[] = [
	{keys: ['/', 'T', 'i', 'D', 'B'], shows: [' /TiDB   1 处匹配']},
	{keys: ['return'], shows: [' /TiDB 1/1', 'Senior SRE@debank.com', '侧稳定性需求']},
];

/** The README's pictures: the menu beside the panel (100 columns) and above it (60), dark and light, and a search. */
export const shots: readonly Shot[] = [
	{
		file: 'split-dark.svg',
		cols: 100,
		rows: 24,
		theme: 'dark',
		steps: [job],
		title: 'manjusaka in a dark terminal, 100 columns: the menu beside a job and its tasks and results',
	},
	{
		file: 'split-light.svg',
		cols: 100,
		rows: 24,
		theme: 'light',
		steps: [job],
		title: 'manjusaka in a light terminal, 100 columns: the menu beside a job and its tasks and results',
	},
	{
		file: 'stacked-dark.svg',
		cols: 60,
		rows: 30,
		theme: 'dark',
		steps: [profile],
		title: 'manjusaka in a dark terminal, 60 columns: the menu above the profile and its timeline of jobs',
	},
	{
		file: 'stacked-light.svg',
		cols: 60,
		rows: 30,
		theme: 'light',
		steps: [profile],
		title: 'manjusaka in a light terminal, 60 columns: the menu above the profile and its timeline of jobs',
	},
	{
		file: 'search-dark.svg',
		cols: 100,
		rows: 24,
		theme: 'dark',
		steps: search,
		title: 'manjusaka in a dark terminal: a search for TiDB, its one match highlighted in the job that holds it',
	},
];

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
