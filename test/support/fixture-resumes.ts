import loadResumes from '../../source/content/load-resumes.js';
import {fixtureContent} from './cli-env.js';

/** The tests' own résumé in both languages, as the build loads it. */
const fixtureResumes = loadResumes(fixtureContent);

export default fixtureResumes;
