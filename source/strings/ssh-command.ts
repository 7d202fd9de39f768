import type {Language} from '../model/language.js';
import type {Strings} from './words.js';

/** An ssh command line to write down: the flags it sends, the language it asks for, and whether it wants text or the full screen. */
export type SshCall = {
	/** Sent as the command, after `--`: read by the same flag parser as the local command's. */
	readonly flags?: string;
	/** Asked for by the user name (`en@HOST`), which the server reads before the client's locale. */
	readonly language?: Language;
	/**
	`text` with no flags: `-T`, for ssh asks for a terminal whenever its input is one, even with
	its output redirected, and the app would go to the file. `screen` with flags: `-t`, for ssh
	asks for none when it sends a command.
	*/
	readonly want?: 'text' | 'screen';
};

/**
The ssh command that reaches `manjusaka serve`, as a visitor types it. The host and the port
are placeholders, in the reader's language: SSH never tells a server the name its client was
given, and the port a server listens on need not be the one the visitor reached (a load
balancer's 22 in front of the container's 2222).
*/
export default function sshCommand(strings: Strings, {flags, language, want}: SshCall = {}): string {
	const {host, port} = strings.ssh;
	const terminal = want === 'text' && flags === undefined ? ['-T'] : want === 'screen' && flags ? ['-t'] : [];
	return [
		'ssh',
		...terminal,
		`[-p ${port}]`,
		language === undefined ? host : `${language}@${host}`,
		...(flags === undefined ? [] : ['--', flags]),
	].join(' ');
}
