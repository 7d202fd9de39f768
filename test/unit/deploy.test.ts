import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import type {IContainer, INamespace} from 'kubernetes-models/v1';
import permissionProblem from '../../source/serve/ssh/key-permissions.js';
import {root} from '../support/cli-env.js';
import {budget, deployment, flags, only, readManifests, secret, service} from '../support/deploy-files.js';
import schemaProblems from '../support/kubernetes-schema.js';

// No cluster here: the manifests are checked against Kubernetes' schemas and against what the
// server needs (`manjusaka serve`'s flags, its /readyz and /healthz, a host key it only reads).
const manifests = readManifests();
const {deployment: app, pod, container} = deployment(manifests);
const args = flags(container.args);

/** The container port a probe or a Service names, by number or by name. */
function portNumber(target: number | string | undefined, owner: IContainer = container): number | undefined {
	return typeof target === 'number' ? target : owner.ports?.find(({name}) => name === target)?.containerPort;
}

/** What kustomization.yaml says, of what this test reads. */
type Kustomization = {
	namespace: string;
	resources: string[];
	images: Array<{name: string; newName?: string; newTag?: string}>;
};

const mebibytes = (quantity: unknown) => {
	const [, amount = 'NaN', unit] = /^(\d+)(Mi|Gi)$/.exec(String(quantity)) ?? [];
	return Number(amount) * (unit === 'Gi' ? 1024 : 1);
};

test('every manifest is YAML as kubectl reads it, valid against Kubernetes’ own schemas', () => {
	assert.deepEqual([...new Set(manifests.map(({file}) => file))].sort(), [
		'deployment.yaml',
		'host-key-secret.yaml',
		'kustomization.yaml',
		'namespace.yaml',
		'pod-disruption-budget.yaml',
		'service.yaml',
	]);
	for (const {file, object, problems} of manifests) {
		const schema = object.kind === 'Kustomization' ? [] : schemaProblems(object);
		assert.deepEqual([...problems, ...schema], [], file);
	}
});

test('the kustomization applies all but the host key template, into the Secret’s restricted namespace', () => {
	const kustomization = only<Kustomization>(manifests, 'Kustomization');
	const applied = manifests.filter(({object}) => !['Kustomization', 'Secret'].includes(String(object.kind)));
	assert.deepEqual([...kustomization.resources].sort(), applied.map(({file}) => file).sort());
	const namespace = only<INamespace>(manifests, 'Namespace').metadata;
	assert.deepEqual(
		[namespace?.name, secret(manifests).metadata?.namespace],
		[kustomization.namespace, kustomization.namespace],
	);
	assert.equal(namespace?.labels?.['pod-security.kubernetes.io/enforce'], 'restricted');
	const image = kustomization.images.find(({name}) => name === container.image);
	assert.match(image?.newTag ?? '', /^\d+\.\d+\.\d+$/);
});

test('two replicas, and the Service and the PodDisruptionBudget select exactly their pods', () => {
	assert.equal(app.spec?.replicas, 2);
	const labels = app.spec?.template.metadata?.labels;
	assert.deepEqual(app.spec?.selector.matchLabels, labels);
	assert.deepEqual(service(manifests).spec?.selector, labels);
	assert.deepEqual(budget(manifests).spec?.selector?.matchLabels, labels);
	assert.equal(budget(manifests).spec?.minAvailable, 1);
});

test('the server listens on the pod’s addresses, and the probes ask its /readyz and /healthz', () => {
	// The default host is 127.0.0.1, which neither a probe nor a visitor reaches; so is the
	// metrics host's, which the kubelet's probes and Prometheus, from outside the pod, would not.
	assert.equal(args.get('--host'), '0.0.0.0');
	assert.equal(args.get('--metrics-host'), '0.0.0.0');
	assert.equal(portNumber('ssh'), Number(args.get('--port')));
	const metrics = Number(args.get('--metrics-port'));
	assert.deepEqual(
		[container.readinessProbe?.httpGet, container.livenessProbe?.httpGet].map((get) => [
			get?.path,
			portNumber(get?.port),
		]),
		[
			['/readyz', metrics],
			['/healthz', metrics],
		],
	);
	const annotations = app.spec?.template.metadata?.annotations;
	assert.deepEqual(
		[
			annotations?.['prometheus.io/scrape'],
			Number(annotations?.['prometheus.io/port']),
			annotations?.['prometheus.io/path'],
		],
		['true', metrics, '/metrics'],
	);
});

test('non-root, read-only root file system, no privilege escalation, no capability, seccomp', () => {
	assert.equal(pod.securityContext?.runAsNonRoot, true);
	assert.ok((pod.securityContext?.runAsUser ?? 0) > 0, 'runAsUser is not root');
	const security = container.securityContext;
	assert.equal(security?.readOnlyRootFilesystem, true);
	assert.equal(security?.allowPrivilegeEscalation, false);
	assert.notEqual(security?.privileged, true);
	assert.deepEqual(security?.capabilities, {drop: ['ALL']});
	assert.equal((security?.seccompProfile ?? pod.securityContext?.seccompProfile)?.type, 'RuntimeDefault');
});

test('the host key: the Secret’s one key, mounted read-only where --host-key looks, readable by the server', () => {
	const mount = container.volumeMounts?.find(({mountPath}) => args.get('--host-key')?.startsWith(`${mountPath}/`));
	assert.equal(mount?.readOnly, true);
	const volume = pod.volumes?.find(({name}) => name === mount?.name)?.secret;
	assert.equal(volume?.secretName, secret(manifests).metadata?.name);
	const item = volume?.items?.find(({path}) => `${mount?.mountPath}/${path}` === args.get('--host-key'));
	assert.ok(item && Object.hasOwn(secret(manifests).stringData ?? {}, item.key), 'the file is a key of the Secret');
	assert.equal(volume?.defaultMode, 0o400);
	// The file belongs to root; only fsGroup gives the server's group a read bit on it.
	assert.equal(typeof pod.securityContext?.fsGroup, 'number');
});

test('the mounted host key passes the server’s own check of its owner and mode, for the pod’s user', () => {
	const {runAsUser, fsGroup} = pod.securityContext ?? {};
	const volume = pod.volumes?.find(({secret}) => secret !== undefined)?.secret;
	// The kubelet writes a Secret's files as root, each with the item's mode or defaultMode (0644
	// unsaid); with fsGroup it gives them that group and the group's read bit on a read-only volume.
	const mode = (volume?.items?.[0]?.mode ?? volume?.defaultMode ?? 0o644) | (fsGroup === undefined ? 0 : 0o440);
	assert.equal(permissionProblem('key', {uid: 0, mode}, runAsUser ?? 0), undefined, `mode 0${mode.toString(8)}`);
	// Readable by the server: through its group, which fsGroup adds to the pod's user.
	assert.ok(fsGroup !== undefined && (mode & 0o040) !== 0, 'the server can read the key');
});

test('no private key is committed: the Secret is a placeholder', () => {
	const {data, stringData} = secret(manifests);
	const values = [...Object.values(stringData ?? {}), ...Object.values(data ?? {}).map((value) => atob(value))];
	const files = readdirSync(join(root, 'deploy'), {recursive: true, withFileTypes: true}).filter((entry) =>
		entry.isFile(),
	);
	const texts = files.map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
	assert.deepEqual(
		[...values, ...texts].filter((text) => /PRIVATE KEY|^[A-Za-z0-9+/=\s-]{200,}$/.test(text)),
		[],
	);
});

test('a pod’s end: preStop, then the drain, both within the grace period; rollouts keep two', () => {
	const preStop = container.lifecycle?.preStop?.sleep?.seconds ?? 0;
	const drain = Number(args.get('--drain-seconds'));
	assert.ok(drain > 0, '--drain-seconds is set');
	assert.ok(
		(pod.terminationGracePeriodSeconds ?? 30) > preStop + drain,
		`grace ${pod.terminationGracePeriodSeconds} s > preStop ${preStop} s + drain ${drain} s`,
	);
	assert.equal(app.spec?.strategy?.rollingUpdate?.maxUnavailable, 0);
});

test('resources: 200 sessions at 1 MiB each fit in the memory limit, the heap capped below it', () => {
	const {requests, limits} = container.resources ?? {};
	assert.deepEqual(Object.keys(requests ?? {}).sort(), ['cpu', 'memory']);
	assert.deepEqual(Object.keys(limits ?? {}).sort(), ['cpu', 'memory']);
	const limit = mebibytes(limits?.memory);
	assert.equal(mebibytes(requests?.memory), limit);
	const workers = Number(args.get('--workers') ?? 1);
	assert.ok(
		limit >= 200 * 1 + 90 * workers + (workers > 1 ? 60 : 0),
		`${limit} MiB holds the processes and 200 sessions`,
	);
	const options = container.env?.find(({name}) => name === 'NODE_OPTIONS')?.value ?? '';
	const heap = Number(/--max-old-space-size=(\d+)/.exec(options)?.[1]);
	assert.ok(heap >= 200 && heap < limit, `heap cap ${heap} MiB is under the ${limit} MiB limit`);
});

test('the Service: port 22 to the SSH port, client addresses kept, nothing else exposed', () => {
	const {spec} = service(manifests);
	assert.equal(spec?.type, 'LoadBalancer');
	assert.equal(spec?.externalTrafficPolicy, 'Local');
	assert.deepEqual(
		spec?.ports?.map(({port, targetPort, protocol}) => [port, portNumber(targetPort), protocol ?? 'TCP']),
		[[22, 2222, 'TCP']],
	);
});

test('deploy/README says what the spread constraint does: a preference under ScheduleAnyway, not a promise', () => {
	const [spread] = pod.topologySpreadConstraints ?? [];
	const readme = readFileSync(join(root, 'deploy', 'README.md'), 'utf8').replaceAll(/\s+/g, ' ');
	assert.ok(readme.includes(`whenUnsatisfiable: ${spread?.whenUnsatisfiable}`), 'the README names the setting');
	if (spread?.whenUnsatisfiable === 'ScheduleAnyway') {
		assert.doesNotMatch(readme, /places replicas on different nodes/);
		assert.match(readme, /may share/);
	}
});
