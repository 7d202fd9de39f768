import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {isAbsolute, join} from 'node:path';
import process from 'node:process';
import {after, test} from 'node:test';
import {root} from '../support/cli-env.js';
import {dockerStages} from '../support/deploy-files.js';
import {assembleContext, ignored, parseDockerignore} from '../support/docker-context.js';
import {execForm} from '../support/dockerfile.js';

// No Docker engine here, so the build stage of deploy/Dockerfile is run as Docker would run it,
// on this machine: the context assembled as .dockerignore allows, its COPY and WORKDIR followed,
// its RUN commands run by a shell, with every absolute path under a folder of the test's own
// that stands for the image's root. npm ci installs from the lock file as in the image (from
// npm's cache where it can, else the registry).
const [build, image] = [dockerStages().at(0)!, dockerStages().at(-1)!];
const fakeRoot = mkdtempSync(join(tmpdir(), 'manjusaka-image-'));
const context = join(fakeRoot, '.context');
after(() => rmSync(fakeRoot, {recursive: true, force: true}));

/** A path of the image, under the fake root. */
const inImage = (path: string) => join(fakeRoot, path);

test('.dockerignore as Docker reads it: the last matching rule decides, a folder’s rule holds for its files', () => {
	const rules = parseDockerignore('*\n!source/\n!/a.txt\nsource/**/*.secret\n# a comment\n');
	assert.deepEqual(
		['a.txt', 'b.txt', 'source/serve/main.ts', 'source/x/key.secret', 'test/a.test.ts', 'source'].map((path) =>
			ignored(rules, path),
		),
		[false, true, false, true, true, false],
	);
});

test('the build stage runs: npm ci from the lock file, then npm pack of the context, into what the image copies', () => {
	assembleContext(root, context);
	// The base image has a /tmp; the rest the stage makes itself.
	mkdirSync(inImage('/tmp'));
	let workdir = '/';
	for (const {keyword, rest, flags} of build.instructions) {
		if (keyword === 'WORKDIR') {
			workdir = isAbsolute(rest) ? rest : join(workdir, rest);
			mkdirSync(inImage(workdir), {recursive: true});
		} else if (keyword === 'COPY') {
			assert.equal(flags.size, 0, 'a COPY of the context');
			const paths = rest.split(/\s+/);
			const target = inImage(isAbsolute(paths.at(-1)!) ? paths.at(-1)! : join(workdir, paths.at(-1)!));
			for (const source of paths.slice(0, -1)) {
				cpSync(source === '.' ? context : join(context, source), source === '.' ? target : join(target, source), {
					recursive: true,
				});
			}
		} else if (keyword === 'RUN') {
			const command = rest.replaceAll(/(^|[\s=])\//g, `$1${fakeRoot}/`);
			const ran = spawnSync('sh', ['-c', command], {
				cwd: inImage(workdir),
				encoding: 'utf8',
				env: {...process.env, npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false'},
				timeout: 240_000,
			});
			assert.equal(ran.status, 0, `RUN ${rest}\n${ran.stdout}\n${ran.stderr}`);
		} else {
			assert.fail(`the test does not know how to run ${keyword}`);
		}
	}

	// What the image's COPY --from takes, and what its ENTRYPOINT runs.
	const copy = image.instructions.find(({keyword}) => keyword === 'COPY')!;
	const [source, target] = copy.rest.split(/\s+/);
	const packed = inImage(source!);
	for (const file of ['package.json', 'dist/cli.js', 'dist/cli.cjs', 'dist/THIRD-PARTY-LICENSES.txt']) {
		assert.ok(existsSync(join(packed, file)), `${file} is in the packed package`);
	}

	const [, script, ...args] = execForm(image.instructions.find(({keyword}) => keyword === 'ENTRYPOINT')!);
	assert.ok(script!.startsWith(`${target}/`));
	const help = execFileSync(process.execPath, [join(packed, script!.slice(target!.length)), ...args, '--help'], {
		encoding: 'utf8',
	});
	assert.match(help, /^Usage\n {2}\$ manjusaka serve/);
});
