// Compiles the CLI into dist/ and puts the content beside it, where the CLI reads it.
import {execFileSync} from 'node:child_process';
import {chmodSync, cpSync, rmSync} from 'node:fs';

rmSync('dist', {recursive: true, force: true});
execFileSync('tsc', ['-p', 'tsconfig.build.json'], {stdio: 'inherit'});
cpSync('content', 'dist/content', {recursive: true, filter: (path) => !path.endsWith('README.md')});
chmodSync('dist/cli.js', 0o755);
