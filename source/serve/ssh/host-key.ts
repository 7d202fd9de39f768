import {createHash} from 'node:crypto';
import {linkSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {type ParsedKey, utils} from 'ssh2';
import permissionProblem from './key-permissions.js';

/** The server's identity: the private key ssh2 serves with, and its fingerprint as `ssh-keygen -lf` prints it. */
export type HostKey = {readonly key: Buffer; readonly fingerprint: string};

/** A host key that cannot be used: one line, exit code 1. */
export class HostKeyError extends Error {
	override name = 'HostKeyError';
}

const comment = 'manjusaka';

// ssh2 makes now and then an ed25519 key that its own parser then refuses (about 1 in
// 200): a key is kept only once it is proved to parse, sign and verify.
const attempts = 20;

function parsed(key: Buffer | string): ParsedKey | Error {
	const result = utils.parseKey(key);
	return Array.isArray(result) ? new Error('more than one key in the file') : result;
}

function proved(key: ParsedKey): boolean {
	const data = Buffer.from('manjusaka host key check');
	const signature = key.sign(data);
	return signature instanceof Buffer && key.verify(data, signature) === true;
}

/** `256 SHA256:… comment (ED25519)`, as `ssh-keygen -lf` prints it. */
function fingerprintOf(key: ParsedKey): string {
	const hash = createHash('sha256').update(key.getPublicSSH()).digest('base64').replace(/=+$/, '');
	return `256 SHA256:${hash} ${key.comment || 'no comment'} (ED25519)`;
}

function generate(): {text: string; key: ParsedKey} {
	for (let attempt = 0; attempt < attempts; attempt++) {
		const text = utils.generateKeyPairSync('ed25519', {comment}).private;
		const key = parsed(text);
		if (!(key instanceof Error) && proved(key)) {
			return {text, key};
		}
	}

	throw new HostKeyError(`could not make an ed25519 host key that parses (${attempts} attempts)`);
}

/** The process that loads a host key: its user id (none on Windows) and its process id. */
type HostKeyOwner = {readonly uid: number | undefined; readonly pid: number};

// Written whole or not at all: a server stopped halfway leaves no half key behind. A link,
// unlike a rename, never replaces what is at `path`: whatever came there meanwhile is kept.
function write(path: string, text: string, pid: number): void {
	mkdirSync(dirname(path), {recursive: true, mode: 0o700});
	const partial = `${path}.${pid}.partial`;
	try {
		writeFileSync(partial, text, {mode: 0o600, flag: 'wx'});
		linkSync(partial, path);
	} finally {
		rmSync(partial, {force: true});
	}
}

function lstatOrUndefined(path: string) {
	try {
		return lstatSync(path);
	} catch {
		return undefined;
	}
}

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
The host key at `path`, made there (mode 0600, its folder created) when no file is there.
A file that is there but cannot be read or served, or that others than user `uid` may read,
is an error, never replaced: a new key would tell every returning visitor that the host
changed; so is a link whose file is missing. `pid` names the file a new key is written to
first, so that two processes never write the same one.
*/
export default function loadHostKey(path: string, {uid, pid}: HostKeyOwner): HostKey {
	let text: Buffer | undefined;
	try {
		text = readFileSync(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
			throw new HostKeyError(`cannot read the host key ${path}: ${reason(error)}`);
		}
	}

	if (text === undefined) {
		// A link whose file is gone (a volume not mounted yet, a key moved): the key is elsewhere.
		const link = lstatOrUndefined(path)?.isSymbolicLink() ? readlinkSync(path) : undefined;
		if (link !== undefined) {
			throw new HostKeyError(`the host key ${path} is a link to ${link}, which does not exist`);
		}

		const made = generate();
		try {
			write(path, made.text, pid);
		} catch (error) {
			throw new HostKeyError(`cannot write a new host key to ${path}: ${reason(error)}`);
		}

		return {key: Buffer.from(made.text), fingerprint: fingerprintOf(made.key)};
	}

	// Windows has no user ids, and no modes to judge.
	const problem = uid === undefined ? undefined : permissionProblem(path, statSync(path), uid);
	if (problem !== undefined) {
		throw new HostKeyError(problem);
	}

	const key = parsed(text);
	if (key instanceof Error) {
		throw new HostKeyError(`the host key ${path} cannot be used: ${key.message}`);
	}

	if (key.type !== 'ssh-ed25519' || !key.isPrivateKey() || !proved(key)) {
		throw new HostKeyError(`the host key ${path} is not an ed25519 private key`);
	}

	return {key: text, fingerprint: fingerprintOf(key)};
}
