// Run by the build: checks the content and prints its plain text at the default width.
import printResume from '../source/print.js';

export default printResume;
