// The programs the tests drive, from Debian's packages: tmux (the scrollback test), the
// OpenSSH client (ssh, sftp, ssh-keygen: the server's tests), and the other clients the
// server is held against (PuTTY's plink, Dropbear's dbclient, ssh-audit). `npm test` runs
// this first: what is missing is installed with apt-get, and said so; where apt-get cannot
// run, one line says what to install.
//
//   node scripts/test-programs.js
import {spawnSync} from 'node:child_process';
import process from 'node:process';

const packages = {
	tmux: 'tmux',
	ssh: 'openssh-client',
	sftp: 'openssh-client',
	'ssh-keygen': 'openssh-client',
	plink: 'putty-tools',
	dbclient: 'dropbear-bin',
	'ssh-audit': 'ssh-audit',
};

const found = (program) => spawnSync('sh', ['-c', `command -v ${program}`], {stdio: 'ignore'}).status === 0;
const missing = [...new Set(Object.keys(packages).flatMap((program) => (found(program) ? [] : [packages[program]])))];
if (missing.length > 0) {
	const install = `apt-get install -y -qq ${missing.join(' ')}`;
	if (!found('apt-get') || process.getuid?.() !== 0) {
		process.stderr.write(`The tests need Debian's ${missing.join(', ')}: ${install} (as root)\n`);
		process.exit(1);
	}

	process.stdout.write(`Installing what the tests drive, from Debian: ${missing.join(', ')}\n`);
	const run = (command) => spawnSync('sh', ['-c', command], {stdio: 'inherit'}).status ?? 1;
	const status = run('apt-get update -qq') || run(`DEBIAN_FRONTEND=noninteractive ${install}`);
	process.exit(status);
}
