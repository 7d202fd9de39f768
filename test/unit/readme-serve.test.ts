import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {maxPasteBytes} from '../../source/keys/query-edit.js';
import {defaultServeOptions, defaultLimits as limits} from '../../source/serve/config/options.js';
import {inputLimits} from '../../source/serve/limits/input-limiter.js';
import {addressLines} from '../../source/serve/operations/address-log.js';
import {maxNameCharacters} from '../../source/serve/operations/log.js';
import {redrawInterval} from '../../source/serve/ssh/channel-terminal.js';
import {dropLogInterval} from '../../source/serve/visit/app.js';
import {maxNameLength} from '../../source/serve/visit/visitor.js';
import {root} from '../support/cli-env.js';

// The README's "Over SSH" states the server's limits and defaults in words: each figure it
// gives is the one the code uses, read here from the constant that sets it.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const start = readme.indexOf('## Over SSH\n');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1)).replaceAll(/\s+/g, ' ');
const options = defaultServeOptions({});
const kib = (bytes: number) => {
	assert.equal(bytes % 1024, 0, `${bytes} is whole KiB`);
	return bytes / 1024;
};

const claims: ReadonlyArray<readonly [string, string]> = [
	['sessions in all', `${limits.maxSessions} sessions in all`],
	['sessions per address', `${limits.maxSessionsPerAddress} per client address`],
	['connections a minute', `${limits.connectionsPerMinute} new connections a minute per address`],
	['channels', `${limits.maxChannelsPerConnection} session channels a connection`],
	['variables', `${limits.maxVariablesPerChannel} variables a channel`],
	['variable names', `names of ${maxNameLength} characters at most`],
	['handshake', `a ${limits.handshakeSeconds} s handshake`],
	['idle', `${limits.idleSeconds / 60} minutes without input`],
	['longest session', `${limits.sessionSeconds / 60} minutes in all`],
	['window', `${limits.maxColumns}×${limits.maxRows}`],
	['redraws', `every ${redrawInterval} ms`],
	['keepalives', `keepalives every ${limits.keepaliveSeconds} s`],
	['output held', limits.maxBufferedBytes === 1024 * 1024 ? 'a megabyte of output' : 'output held:'],
	['key burst', `${inputLimits.keyBurst} keys at once`],
	['key rate', `then ${inputLimits.keysPerSecond} a second`],
	['dropped keys logged', `at most every ${dropLogInterval / 1000} s`],
	['byte burst', `${kib(inputLimits.byteBurst)} KiB at once`],
	['byte rate', `then ${kib(inputLimits.bytesPerSecond)} KiB a second`],
	['a read', `counting ${inputLimits.readCost} bytes more`],
	['paste', `first ${kib(maxPasteBytes)} KiB`],
	['passwords', `${limits.maxAuthTries} refused passwords`],
	['refused requests', `${limits.maxRefusalsPerConnection} refused requests cut the connection`],
	['refusal lines', `${addressLines.burst} lines at once and ${addressLines.perMinute} a minute per address`],
	['log names', `cut at ${maxNameCharacters} characters`],
	['metrics port', `\`--metrics-port\` (${options.metricsPort};`],
	['metrics host', `is ${options.metricsHost} unless told`],
	['drain', `\`--drain-seconds\` (${options.drainSeconds})`],
	['listen address', `an SSH server on ${options.host}:${options.port}`],
];

for (const [what, words] of claims) {
	test(`README, Over SSH: ${what} as the code sets it ("${words}")`, () => {
		assert.ok(section.includes(words), `"${words}" is not in the README's Over SSH section`);
	});
}
