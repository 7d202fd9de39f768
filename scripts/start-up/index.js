// esbuild plugins that keep work out of the start: what bundled modules build when they load
// although the first frame never uses it, what Ink does for every character of a frame, and
// what Yoga's loader asks and decodes.
// Each rewrites a known piece of a known file and stops the build when that piece is gone
// (the package changed: look again). test/app/start-up-plugins.test.ts holds each rewritten
// package to the original.
export {segmentWithGraphemes} from './graphemes.js';
export {inkWithoutDevelopment, loadOnUse, sharedStyles} from './ink.js';
export {lazyAtLoad} from './lazy-values.js';
export {lineBreakTableInflated} from './line-break-table.js';
export {yogaWithoutFetch} from './yoga.js';
