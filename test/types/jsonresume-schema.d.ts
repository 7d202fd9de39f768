declare module '@jsonresume/schema' {
	/** One way a document breaks the schema, as jsonschema reports it. */
	type ValidationError = {readonly property: string; readonly message: string};

	/** JSON Resume's own validator: calls back with the errors, or with null and true. */
	export function validate(
		resume: unknown,
		callback: (errors: readonly ValidationError[] | null, valid: boolean) => void,
	): void;
}
