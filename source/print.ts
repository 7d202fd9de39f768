import renderPlain, {paintedStyle, plainStyle} from './render-plain.js';
import type {Resume} from './resume.js';
import createTheme from './theme.js';

/** The whole résumé as text `width` columns wide, in the theme's colours when `color` is on. */
export default function printResume(resume: Resume, width: number, color: boolean): string {
	return renderPlain(resume, width, color ? paintedStyle(createTheme(true)) : plainStyle);
}
