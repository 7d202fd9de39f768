import {Deployment} from 'kubernetes-models/apps/v1';
import {PodDisruptionBudget} from 'kubernetes-models/policy/v1';
import {Namespace, Secret, Service} from 'kubernetes-models/v1';

// The kinds deploy/kubernetes uses. Their validators are compiled from Kubernetes' own OpenAPI
// (1.32 in kubernetes-models 4.5, the last for Node 20), so they run offline.
const models = [Deployment, Namespace, Secret, Service, PodDisruptionBudget];

type Value = unknown;

// The schema's validator reads each property it knows; a proxy notes which were read.
function watched(value: Value, path: string, read: Set<string>): Value {
	if (value === null || typeof value !== 'object') {
		return value;
	}

	return new Proxy(value, {
		get(target, key) {
			const child = `${path}/${String(key)}`;
			if (typeof key === 'string' && Object.hasOwn(target, key)) {
				read.add(child);
			}

			return watched(Reflect.get(target, key), child, read);
		},
	});
}

function unread(value: Value, path: string, read: Set<string>): string[] {
	if (value === null || typeof value !== 'object') {
		return [];
	}

	return Object.entries(value).flatMap(([key, child]) => {
		const childPath = `${path}/${key}`;
		return Array.isArray(value) || read.has(childPath) ? unread(child, childPath, read) : [childPath];
	});
}

/**
What Kubernetes' schema finds wrong with one object: a wrong type, a value outside an enum, a
missing required field; then each field the schema does not know, which the OpenAPI documents
allow but the API server refuses (kubectl applies with strict field validation).
*/
export default function schemaProblems(object: Value): string[] {
	const {apiVersion, kind} = (object ?? {}) as {apiVersion?: unknown; kind?: unknown};
	const model = models.find((candidate) => candidate.apiVersion === apiVersion && candidate.kind === kind);
	if (!model) {
		return [`${String(apiVersion)} ${String(kind)}: not a kind this test knows`];
	}

	const read = new Set<string>();
	try {
		model.prototype.validate.call(watched(object, '', read));
	} catch (error) {
		return [(error as Error).message];
	}

	return unread(object, '', read).map((path) => `${path}: not a field of ${kind}`);
}
