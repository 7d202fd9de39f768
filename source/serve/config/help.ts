import {drainSignals} from '../processes/signals.js';
import {flagValues, kebab, type Name, type ServeFlag, serveFlags} from './flags.js';
import {defaultServeOptions} from './options.js';

/** `manjusaka serve --help`. */
export default function serveHelp(env: NodeJS.ProcessEnv): string {
	const values = flagValues(defaultServeOptions(env));
	const rows = (Object.entries(serveFlags) as Array<[Name, ServeFlag]>).map(([name, flag]) => {
		const usage = `--${kebab(name)} ${flag.value}`;
		return `  ${usage.padEnd(34)}${flag.help} (${values[name]})`;
	});
	return [
		'Usage',
		'  $ manjusaka serve [options]',
		'',
		'  The résumé over SSH: one session per visitor, each at its own size and language.',
		'  Visitors connect with `ssh -p PORT HOST`; `ssh en@HOST` reads it in English.',
		'',
		'Options',
		...rows,
		`  ${'--help, -h'.padEnd(34)}this help`,
		'',
		'Signals',
		`  ${drainSignals.join(', ')}: stop accepting, tell open sessions, end when they end`,
		'  or after --drain-seconds; a second signal ends at once.',
		'',
		'Metrics',
		'  /healthz, /readyz and /metrics have no login: --metrics-host is the loopback',
		'  unless you say otherwise (in a container: 0.0.0.0, for probes and scrapes).',
		'',
		'Examples',
		'  $ npx manjusaka serve',
		'  $ ssh -p 2222 localhost',
		'  $ manjusaka serve --host 0.0.0.0 --host-key /etc/manjusaka/ssh_host_ed25519_key',
		'',
	].join('\n');
}
