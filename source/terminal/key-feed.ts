import type {Readable} from 'node:stream';
import type {InputEvent} from '../keys/input-event.js';
import InputParser, {type ParserOptions} from './parse-input.js';

/** Who hears a terminal's keys. */
export type KeyListener = (event: InputEvent) => void;

/** The keys of one terminal, for the view to listen to. */
export type KeySource = {
	/** Calls `listener` with each key and paste; returns what stops it. */
	readonly subscribe: (listener: KeyListener) => () => void;
};

/**
Where a KeyFeed takes its bytes from, if not only from `write`; how its parser waits; who
hears of an error a listener throws, which otherwise escapes from the input's event (where
one terminal's fault would end the process that serves others); and which keys it drops.
*/
type KeyFeedOptions = ParserOptions & {
	readonly input?: Readable;
	readonly onError?: (error: unknown) => void;
	/** Whether a key, a paste or a report is handed on; one that is not is dropped (a server's rate limit). */
	readonly admit?: (() => boolean) | undefined;
};

/** A terminal's bytes in, its keys out: parsed, then handed to every listener. */
export default class KeyFeed implements KeySource {
	private readonly listeners = new Set<KeyListener>();
	private readonly parser: InputParser;
	private readonly input: Readable | undefined;
	private readonly read = (chunk: Uint8Array | string) => this.write(chunk);

	constructor({input, onError, admit, ...options}: KeyFeedOptions = {}) {
		this.parser = new InputParser((event) => {
			if (admit !== undefined && !admit()) {
				return;
			}

			for (const listener of this.listeners) {
				try {
					listener(event);
				} catch (error) {
					if (onError === undefined) {
						throw error;
					}

					onError(error);
				}
			}
		}, options);
		this.input = input;
		input?.on('data', this.read);
	}

	subscribe(listener: KeyListener): () => void {
		this.listeners.add(listener);
		return () => {
			this.listeners.delete(listener);
		};
	}

	/** Takes the bytes of one read. */
	write(bytes: Uint8Array | string): void {
		this.parser.feed(bytes);
	}

	/** No more keys: the input is let go, what waits is dropped and no listener hears anything again. */
	close(): void {
		this.input?.off('data', this.read);
		this.parser.close();
		this.listeners.clear();
	}
}
