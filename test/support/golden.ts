import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

/**
Asserts that `output` is test/golden/`name`, byte for byte. After an edit to content/,
`npm run refresh` rewrites them, the one way they are written; after a change to the code,
read its diff before committing it.
*/
export default function matchesGolden(name: string, output: string): void {
	const golden = new URL(`../golden/${name}`, import.meta.url);
	assert.equal(output, readFileSync(golden, 'utf8'), `test/golden/${name} is stale: run npm run refresh`);
}
