import {spawn, spawnSync} from 'node:child_process';
import process from 'node:process';
import {cleanEnv, cli, type EnvChanges, root} from './cli-env.js';

/** How to run the command without a terminal. */
export type RunOptions = {
	/** Variables on top of `cleanEnv()` (a Chinese locale, no colour settings); `undefined` removes one. */
	readonly env?: EnvChanges;
	/** The script to run: the built CLI unless told, such as an installed copy or the build script. */
	readonly script?: string;
};

/** What a run printed, and its exit status. */
export type Ran = {readonly status: number | null; readonly stdout: string; readonly stderr: string};

const command = (args: readonly string[], script: string) => [script, ...args];

/** Runs the command as a pipeline would: no terminal anywhere, stdin closed, a user's environment. */
export function runCli(args: readonly string[] = [], {env, script = cli}: RunOptions = {}): Ran {
	const {status, stdout, stderr, error} = spawnSync(process.execPath, command(args, script), {
		cwd: root,
		encoding: 'utf8',
		env: cleanEnv(env),
		input: '',
	});
	if (error) {
		throw error;
	}

	return {status, stdout, stderr};
}

/** Runs the command with a reader that closes the pipe at once, as `manjusaka | head -0` can. */
export function runCliClosingStdout(args: readonly string[] = [], {env, script = cli}: RunOptions = {}): Promise<Ran> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, command(args, script), {cwd: root, env: cleanEnv(env), stdio: 'pipe'});
		child.stdout.destroy();
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.stdin.end();
		child.on('error', reject);
		child.on('close', (status) => resolve({status, stdout: '', stderr}));
	});
}
