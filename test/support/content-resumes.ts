import {join} from 'node:path';
import loadResumes from '../../source/content/load-resumes.js';
import {root} from './cli-env.js';

/** The real résumé's folder: only the content checks (content, formats' goldens, the README's excerpts) read it. */
export const contentFolder = join(root, 'content');

/** The real résumé in both languages, as the build loads it: for the content checks alone. */
const contentResumes = loadResumes(contentFolder);

export default contentResumes;
