/** Who owns a key file, and its mode. */
type KeyFileStats = {readonly uid: number; readonly mode: number};

const octal = (mode: number) => `0${(mode & 0o777).toString(8).padStart(3, '0')}`;

/**
Why a key file with these `stats` must not be served by user `uid`, as sshd judges a private
key: not readable or writable by every user, and, when it is the server's own, by no one but
it. A file of another owner that the server reads through its group (a Kubernetes Secret
mounted with fsGroup: root's, mode 0440) is fit. Undefined: fit.
*/
export default function permissionProblem(path: string, stats: KeyFileStats, uid: number): string | undefined {
	const open = stats.uid === uid ? 0o077 : 0o007;
	if ((stats.mode & open) === 0) {
		return undefined;
	}

	const who = open === 0o077 ? 'users other than its owner' : 'every user';
	return `the host key ${path} is open to ${who} (mode ${octal(stats.mode)}); sshd would refuse it too: chmod 600 ${path}`;
}
