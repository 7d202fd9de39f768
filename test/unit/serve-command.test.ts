import assert from 'node:assert/strict';
import {test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import parseFlags from '../../source/cli/parse-flags.js';
import card from '../../source/document/card.js';
import {languages} from '../../source/model/language.js';
import {partNames, sectionNames} from '../../source/model/section.js';
import planSession, {type Plan} from '../../source/serve/visit/command.js';
import stringsFor from '../../source/strings/index.js';
import createTheme from '../../source/theme/theme.js';
import resumes from '../support/fixture-resumes.js';

// What a visitor over SSH is told about calling the résumé: the forms ssh takes, never the
// local command's (`npx manjusaka`), its environment (NO_COLOR, COLORFGBG) or its job control.

/** What the server plans for a visitor logged in as `user`, without a pty, sending `command`. */
const plan = (user: string, command: string): Plan =>
	planSession(resumes, import.meta, {visitor: {user, env: {}}, columns: undefined, command});

const printed = (result: Plan) => {
	assert.equal(result.kind, 'print');
	return result.kind === 'print' ? result : assert.fail();
};

// The words of the local door that mean nothing over SSH.
const localOnly = ['npx', 'manjusaka serve', 'NO_COLOR', 'FORCE_COLOR', 'COLORFGBG', 'Ctrl+Z'];

// The flags of each `ssh … -- FLAGS` in a text: what a visitor would send.
const sentFlags = (text: string) => [...text.matchAll(/^.*\bssh .* -- (.+?)(?: [>|].*)?$/gm)].map((match) => match[1]!);

for (const language of languages) {
	test(`${language}: --help over SSH says how to call it with ssh, and nothing of the local command`, () => {
		const {stdout, stderr, status} = printed(plan(language, '--help'));
		assert.equal(status, 0);
		assert.equal(stderr, '');
		for (const word of localOnly) {
			assert.ok(!stdout.includes(word), `${word} in:\n${stdout}`);
		}

		const strings = stringsFor(language);
		assert.ok(!stdout.includes(strings.commands.suspend), 'no suspend: an SSH channel has no job control');
		assert.ok(stdout.includes(strings.commands.interrupt), 'the other keys are there');
		const {host, port} = strings.ssh;
		assert.ok(stdout.includes(`$ ssh [-p ${port}] ${host} [-- ${strings.ssh.options}]`), stdout);
		assert.ok(stdout.includes(strings.ssh.summary));
		for (const line of Object.values(strings.ssh.flags)) {
			assert.ok(stdout.includes(line), line);
		}

		// Printed text without a command wants `ssh -T`: with its input a terminal, ssh asks for a pty.
		assert.match(stdout, new RegExp(`\\$ ssh -T \\[-p ${port}\\] ${host} \\| less$`, 'm'));
		// Each example's flags are read by the server without a usage error.
		const examples = sentFlags(stdout);
		assert.equal(examples.length, 4, stdout);
		for (const flags of examples) {
			assert.equal(printed(plan(language, flags)).status, 0, flags);
		}
	});

	test(`${language}: a usage error over SSH points to the help as ssh asks for it`, () => {
		const strings = stringsFor(language);
		const {stdout, stderr, status} = printed(plan(language, '--bogus'));
		assert.equal(status, 2);
		assert.equal(stdout, '');
		assert.ok(!stderr.includes('manjusaka --help'), stderr);
		assert.ok(stderr.startsWith(`manjusaka: ${strings.errors.unknownOption('--bogus')}`), stderr);
		assert.ok(stderr.includes(`ssh [-p ${strings.ssh.port}] ${strings.ssh.host} -- --help`), stderr);
		assert.equal(sentFlags(stderr).length, 1);
		assert.equal(printed(plan(language, '--help')).status, 0);
	});

	test(`${language}: the card after q over SSH keeps the résumé with ssh, in the language shown`, () => {
		const strings = stringsFor(language);
		const theme = createTheme({colorLevel: 0, background: 'dark', unicode: true, hyperlinks: false});
		const local = card(resumes[language].basics, language, strings, theme, 'local');
		const lines = card(resumes[language].basics, language, strings, theme, 'ssh').map(stripVTControlCharacters);
		// The same card but for its commands.
		assert.deepEqual(lines.slice(0, -3), local.map(stripVTControlCharacters).slice(0, -3));
		const commands = lines.slice(-3, -1).map((line) => line.replace(/^│ {4}/, ''));
		const at = `${language}@${strings.ssh.host}`;
		assert.deepEqual(commands, [
			`ssh -T [-p ${strings.ssh.port}] ${at} > cv.txt`,
			`ssh [-p ${strings.ssh.port}] ${at} -- --format json > resume.json`,
		]);
		// What the JSON command sends is JSON, in the language of its user name.
		const [flags] = sentFlags(commands.join('\n'));
		const json = printed(plan(language, flags!));
		assert.equal(JSON.parse(json.stdout).basics.name, resumes[language].basics.name);
	});
}

test('the local help keeps the local words: npx, Ctrl+Z, the environment', () => {
	for (const language of languages) {
		const {help} = parseFlags(import.meta, ['--help'], {
			language,
			sections: sectionNames(resumes[language]),
			entries: partNames(resumes[language]).length,
			door: 'local',
		});
		const strings = stringsFor(language);
		for (const word of ['$ npx manjusaka', 'Ctrl+Z', strings.usage.flags.color, strings.usage.serve]) {
			assert.ok(help?.includes(word), word);
		}

		assert.ok(!help?.includes(strings.ssh.summary));
	}
});
