// Every file of test/app/ (the app in memory) in this one process, one after another: each would
// cost a process of its own about two seconds of a core to load Ink and the app under tsx. A file
// still runs alone with `node --import tsx --test test/app/NAME.test.ts`.
import importTests from './support/import-tests.js';

await importTests(new URL('app/', import.meta.url));
