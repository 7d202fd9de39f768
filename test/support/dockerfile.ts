/** One instruction of a Dockerfile as Docker reads it: continued lines joined, comments left out. */
export type Instruction = {
	/** FROM, RUN, COPY… in capitals. */
	readonly keyword: string;
	/** Its leading options, such as `--from=build` or HEALTHCHECK's `--interval=15s`. */
	readonly flags: ReadonlyMap<string, string>;
	/** What follows the options. */
	readonly rest: string;
	/** Where it starts, for messages. */
	readonly line: number;
};

/** A build stage: its base image with the global ARGs put in, its name, and its instructions. */
export type Stage = {
	readonly image: string;
	readonly name: string | undefined;
	readonly instructions: readonly Instruction[];
};

function instructions(text: string): Instruction[] {
	const result: Instruction[] = [];
	let pending = '';
	let start = 0;
	for (const [index, raw] of text.split('\n').entries()) {
		const line = raw.trim();
		// Comments (and parser directives) are dropped, even between continued lines.
		if (line.startsWith('#') || (line === '' && pending === '')) {
			continue;
		}

		if (pending === '') {
			start = index + 1;
		}

		const continued = line.endsWith('\\');
		pending += `${continued ? line.slice(0, -1) : line} `;
		if (continued) {
			continue;
		}

		const [, keyword = '', after = ''] = /^(\S+)\s*(.*)$/s.exec(pending.trim()) ?? [];
		const flags = new Map<string, string>();
		let rest = after;
		for (let flag = /^--([\w-]+)=(\S+)\s*/.exec(rest); flag; flag = /^--([\w-]+)=(\S+)\s*/.exec(rest)) {
			flags.set(flag[1]!, flag[2]!);
			rest = rest.slice(flag[0].length);
		}

		result.push({keyword: keyword.toUpperCase(), flags, rest: rest.trim(), line: start});
		pending = '';
	}

	return result;
}

/** The stages of a Dockerfile, in order; the last is the image. */
export default function parseDockerfile(text: string): Stage[] {
	const globals = new Map<string, string>();
	const stages: Array<{image: string; name: string | undefined; instructions: Instruction[]}> = [];
	for (const instruction of instructions(text)) {
		const {keyword, rest, line} = instruction;
		if (keyword === 'FROM') {
			const [image = '', as, name] = rest
				.replaceAll(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => globals.get(a ?? b) ?? '')
				.split(/\s+/);
			stages.push({image, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: []});
		} else if (stages.length > 0) {
			stages.at(-1)!.instructions.push(instruction);
		} else if (keyword === 'ARG') {
			const [name = '', value = ''] = rest.split('=');
			globals.set(name, value);
		} else {
			throw new Error(`Dockerfile:${line}: ${keyword} before the first FROM`);
		}
	}

	return stages;
}

/** The arguments of an instruction in exec form (a JSON array); a shell-form one throws. */
export function execForm({keyword, rest, line}: Instruction): string[] {
	const value: unknown = JSON.parse(rest.startsWith('CMD ') ? rest.slice(4) : rest);
	if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
		throw new Error(`Dockerfile:${line}: ${keyword} is not in exec form`);
	}

	return value;
}
