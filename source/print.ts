import {parseResume} from './load-resume.js';
import renderPlain, {paintedStyle, plainStyle} from './render-plain.js';
import createTheme from './theme.js';

/** The whole résumé as text `width` columns wide, in the theme's colours when `color` is on. */
export default function printResume(source: string, file: string, width: number, color: boolean): string {
	return renderPlain(parseResume(source, file), width, color ? paintedStyle(createTheme(true)) : plainStyle);
}
