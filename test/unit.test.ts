// Every file of test/unit/ in this one process, one after another: each would cost a process of
// its own about half a second of a core to start under tsx. A file still runs alone with
// `node --import tsx --test test/unit/NAME.test.ts`.
import importTests from './support/import-tests.js';

await importTests(new URL('unit/', import.meta.url));
