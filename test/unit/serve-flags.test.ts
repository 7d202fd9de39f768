import assert from 'node:assert/strict';
import {test} from 'node:test';
import parseServeFlags from '../../source/serve/config/flags.js';
import serveHelp from '../../source/serve/config/help.js';
import {defaultLimits} from '../../source/serve/config/options.js';

const env = {XDG_CONFIG_HOME: '/config'};
const parse = (argv: readonly string[]) => parseServeFlags(import.meta, argv, env);
const options = (argv: readonly string[]) => {
	const parsed = parse(argv);
	assert.ok('options' in parsed);
	return parsed.options;
};

test('with no flags: the loopback, 2222, 9022, a key in the config folder, one process, the limits of the issue', () => {
	assert.deepEqual(options([]), {
		host: '127.0.0.1',
		port: 2222,
		hostKey: '/config/manjusaka/ssh_host_ed25519_key',
		metricsPort: 9022,
		metricsHost: '127.0.0.1',
		drainSeconds: 10,
		workers: 1,
		limits: defaultLimits,
	});
	assert.deepEqual(
		[defaultLimits.maxSessions, defaultLimits.maxSessionsPerAddress, defaultLimits.connectionsPerMinute],
		[200, 8, 30],
	);
});

test('each flag sets its option; limits in their own object', () => {
	const set = options([
		'--host',
		'0.0.0.0',
		'--port=22',
		'--metrics-port',
		'0',
		'--workers',
		'2',
		'--max-sessions',
		'5',
		'--idle-seconds',
		'30',
		'--max-columns',
		'120',
	]);
	assert.equal(set.host, '0.0.0.0');
	assert.equal(set.port, 22);
	assert.equal(set.metricsPort, 0);
	assert.equal(options(['--host', '0.0.0.0']).metricsHost, '127.0.0.1', 'the metrics stay on the loopback');
	assert.equal(options(['--metrics-host', '0.0.0.0']).metricsHost, '0.0.0.0');
	assert.equal(set.workers, 2);
	assert.deepEqual(set.limits, {...defaultLimits, maxSessions: 5, idleSeconds: 30, maxColumns: 120});
});

test('usage errors: one line naming the flag, with where the help is', () => {
	for (const [argv, message] of [
		[['--port', '0'], '--port takes a whole number from 1 to 65535, not "0"'],
		[['--workers', '65'], '--workers takes a whole number from 1 to 64, not "65"'],
		[['--idle-seconds', '1.5'], '--idle-seconds takes a whole number from 1 to 86400, not "1.5"'],
		[['--host'], '--host needs a value'],
		[['--port', '1', '--port', '2'], '--port is given more than once'],
		// As typed, never as the option is named in the code (`--hostKey`).
		[['--host-key', 'a', '--host-key', 'b'], '--host-key is given more than once'],
		[
			['--max-sessions-per-address', '1', '--max-sessions-per-address', '2'],
			'--max-sessions-per-address is given more than once',
		],
		[['--metrics-host'], '--metrics-host needs a value'],
		[['--bogus'], 'unknown option --bogus'],
		[['extra'], 'unexpected argument "extra"'],
	] as const) {
		assert.throws(
			() => parse(argv),
			{name: 'ServeUsageError', message: `${message} (see manjusaka serve --help)`},
			argv.join(' '),
		);
	}
});

test('--help lists every flag with its default', () => {
	assert.deepEqual(parse(['--help']), {help: true});
	const help = serveHelp(env);
	for (const line of ['--host ADDRESS', '--port PORT', '--workers N', '--max-sessions N', '--keepalive-seconds S']) {
		assert.ok(help.includes(line), line);
	}

	assert.match(help, /--metrics-host ADDRESS +.+ \(127\.0\.0\.1\)\n/);
	assert.match(help, /SIGTERM, SIGINT, SIGHUP: stop accepting/);

	assert.match(
		help,
		/--host-key PATH +ed25519 host key, made there on first start \(\/config\/manjusaka\/ssh_host_ed25519_key\)/,
	);
});
