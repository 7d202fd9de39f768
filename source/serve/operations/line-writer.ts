import type {EventEmitter} from 'node:events';

/** A stream the log is written to: the process's standard error. */
type LineStream = Pick<NodeJS.WritableStream, 'write'> & Pick<EventEmitter, 'on'>;

/**
Writes log lines to `stream` for as long as it takes them. A stream that fails (its reader
gone: EPIPE) is written to no more, and its error is nobody's: unhandled, it would reach the
uncaught-exception handler, which logs, which fails again, forever, and a server that cannot
log must still serve and still stop.
*/
export default function lineWriter(stream: LineStream): (line: string) => void {
	let failed = false;
	stream.on('error', () => {
		failed = true;
	});
	return (line) => {
		if (failed) {
			return;
		}

		try {
			stream.write(line);
		} catch {
			failed = true;
		}
	};
}
