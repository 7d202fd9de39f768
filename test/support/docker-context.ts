import {cpSync, mkdirSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';

/** One rule of a .dockerignore: a path pattern, and whether it puts back (`!`) what earlier rules left out. */
type Rule = {readonly pattern: RegExp; readonly exception: boolean};

// Go's filepath.Match, as Docker's pattern matcher uses it, with `**` for any number of folders.
function patternRegExp(pattern: string): RegExp {
	let source = '';
	for (let index = 0; index < pattern.length; index++) {
		const char = pattern[index]!;
		if (char === '*' && pattern[index + 1] === '*') {
			source += '.*';
			index++;
		} else if (char === '*') {
			source += '[^/]*';
		} else if (char === '?') {
			source += '[^/]';
		} else if (char === '[') {
			const end = pattern.indexOf(']', index);
			source += pattern.slice(index, end + 1).replace(/^\[\^?!?/, (open) => open.replace('!', '^'));
			index = end;
		} else if (char === '\\') {
			index++;
			source += pattern[index]!.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
		} else {
			source += char.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
		}
	}

	return new RegExp(`^${source}$`);
}

/** The rules of a .dockerignore's text, cleaned as Docker cleans them (no `/` at either end, no `./`). */
export function parseDockerignore(text: string): Rule[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('#'))
		.map((line) => {
			const exception = line.startsWith('!');
			const path = (exception ? line.slice(1).trim() : line)
				.replace(/^(?:\.?\/)+/, '')
				.replace(/\/+$/, '')
				.replaceAll(/\/\.?\/+/g, '/');
			return {pattern: patternRegExp(path), exception};
		});
}

/**
Whether Docker leaves `path` (relative, `/`-separated) out of the context: the last rule that
matches it or one of its folders decides, as in moby's patternmatcher.
*/
export function ignored(rules: readonly Rule[], path: string): boolean {
	const parts = path.split('/');
	const prefixes = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
	let left = false;
	for (const {pattern, exception} of rules) {
		if (exception !== left) {
			continue;
		}

		if (prefixes.some((prefix) => pattern.test(prefix))) {
			left = !exception;
		}
	}

	return left;
}

/** Every file under `root` that the context holds, as relative paths. */
export function contextFiles(root: string, rules: readonly Rule[]): string[] {
	const files: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(join(root, folder), {withFileTypes: true})) {
			const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
			if (entry.isDirectory()) {
				// A folder left out may still hold a file an exception puts back: walk it all, but
				// never node_modules or .git, which no exception here reaches into.
				if (entry.name !== 'node_modules' && entry.name !== '.git') {
					walk(path);
				}
			} else if (!ignored(rules, path)) {
				files.push(path);
			}
		}
	};
	walk('');
	return files.sort();
}

/** Copies the build context of the repository at `root` to `target`, as `docker build` would send it. */
export function assembleContext(root: string, target: string): string[] {
	const files = contextFiles(root, parseDockerignore(readFileSync(join(root, '.dockerignore'), 'utf8')));
	for (const file of files) {
		mkdirSync(dirname(join(target, file)), {recursive: true});
		cpSync(join(root, file), join(target, file));
	}

	return files;
}
