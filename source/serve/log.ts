/** Writes one event as a JSON line: what happened and to whom, never what a visitor typed. */
export type Log = (event: string, fields?: Readonly<Record<string, unknown>>) => void;

/**
A log that writes each event with its time, then `base` (the process id, which tells a
cluster's workers apart), to `write`, one JSON object a line.
*/
export default function createLog(
	write: (line: string) => void,
	base: Readonly<Record<string, unknown>> = {},
	now: () => Date = () => new Date(),
): Log {
	return (event, fields = {}) => {
		write(`${JSON.stringify({time: now().toISOString(), event, ...base, ...fields})}\n`);
	};
}
