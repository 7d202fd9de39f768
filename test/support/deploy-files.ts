import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {IDeployment} from 'kubernetes-models/apps/v1';
import type {IPodDisruptionBudget} from 'kubernetes-models/policy/v1';
import type {IContainer, IPodSpec, ISecret, IService} from 'kubernetes-models/v1';
import {parseAllDocuments} from 'yaml';
import {root} from './cli-env.js';
import parseDockerfile, {type Stage} from './dockerfile.js';

/** Where the manifests are. */
export const kubernetesFolder = join(root, 'deploy', 'kubernetes');

/** One document of a manifest file, as kubectl reads it. */
export type Manifest = {readonly file: string; readonly object: Record<string, unknown>; readonly problems: string[]};

/** Every document of every YAML file in deploy/kubernetes, with what the YAML parser had to say. */
export function readManifests(folder = kubernetesFolder): Manifest[] {
	return readdirSync(folder)
		.filter((file) => file.endsWith('.yaml'))
		.flatMap((file) =>
			// YAML 1.1, as kubectl reads it: `0400` is octal and `no` is false.
			parseAllDocuments(readFileSync(join(folder, file), 'utf8'), {version: '1.1', uniqueKeys: true}).map(
				(document) => ({
					file,
					object: document.toJS() as Record<string, unknown>,
					problems: [...document.errors, ...document.warnings].map((problem) => problem.message),
				}),
			),
		);
}

/** The one object of a kind; a test fails if there is not exactly one. */
export function only<T>(manifests: readonly Manifest[], kind: string): T {
	const found = manifests.filter(({object}) => object.kind === kind);
	if (found.length !== 1) {
		throw new Error(`expected one ${kind} in deploy/kubernetes, found ${found.length}`);
	}

	return found[0]!.object as T;
}

/** The objects the tests read, typed as Kubernetes' schema has them. */
export function deployment(manifests = readManifests()) {
	const object = only<IDeployment>(manifests, 'Deployment');
	const pod: IPodSpec = object.spec!.template.spec!;
	const container: IContainer = pod.containers[0]!;
	return {deployment: object, pod, container};
}

/** The other kinds, by name. */
export const service = (manifests = readManifests()) => only<IService>(manifests, 'Service');
export const secret = (manifests = readManifests()) => only<ISecret>(manifests, 'Secret');
export const budget = (manifests = readManifests()) => only<IPodDisruptionBudget>(manifests, 'PodDisruptionBudget');

/** A container's `--name value` arguments, by name. */
export function flags(args: readonly string[] = []): Map<string, string> {
	const result = new Map<string, string>();
	for (let index = 0; index < args.length; index += 2) {
		result.set(args[index]!, args[index + 1]!);
	}

	return result;
}

/** The stages of deploy/Dockerfile. */
export const dockerStages = (text = readFileSync(join(root, 'deploy', 'Dockerfile'), 'utf8')): Stage[] =>
	parseDockerfile(text);
