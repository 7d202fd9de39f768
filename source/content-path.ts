import {fileURLToPath} from 'node:url';

/** The résumé shipped with the package; the build copies content/ beside source/. */
export const contentFile = fileURLToPath(new URL('../content/resume.zh.md', import.meta.url));
