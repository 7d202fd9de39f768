import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import process from 'node:process';

/**
Asserts that `output` is test/golden/`name`, byte for byte. After an edit to content/,
`npm run refresh` rewrites them (as does UPDATE_GOLDEN=1 with the tests); after a change to the
code, read the diff before committing it.
*/
export default function matchesGolden(name: string, output: string): void {
	const golden = new URL(`../golden/${name}`, import.meta.url);
	if (process.env.UPDATE_GOLDEN === '1') {
		writeFileSync(golden, output);
	}

	assert.equal(output, readFileSync(golden, 'utf8'), `test/golden/${name} is stale: run npm run refresh`);
}
