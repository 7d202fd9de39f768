/** What `shells.checkTty` prints when the terminal was left as it was found. */
export const ttyRestored = 'tty: as before';

/** /bin/sh scripts that run the command as `"$@"`, for what node-pty cannot set up itself. */
export const shells = {
	/** stdin is /dev/null, stdout is still the terminal. */
	stdinNull: 'exec "$@" < /dev/null',
	/** stdout is a pipe into cat, stdin is still the terminal. */
	stdoutPipe: '"$@" | cat',
	/**
	Runs the command, then prints `tty: as before` if the terminal's modes (raw mode, echo…)
	are what they were before it started, and exits with the command's status.
	*/
	checkTty: (redirect = '') =>
		`before=$(stty -g); "$@"${redirect}; code=$?; if [ "$(stty -g)" = "$before" ]; then echo '${ttyRestored}'; else echo 'tty: changed'; fi; exit $code`,
} as const;
