import type xterm from '@xterm/headless';
import stringWidth from 'string-width';
import boxFrames, {type BoxFrame} from './box-frames.js';

export type {BoxFrame};

/** A headless xterm, whatever feeds it: a pseudo-terminal or a session in memory. */
export type Terminal = InstanceType<typeof xterm.Terminal>;

/** One cell of the screen: its text ('' for the second half of a wide character) and width. */
export type Cell = {readonly char: string; readonly width: number};

/** How a cell is drawn. */
export type Attributes = {readonly bold: boolean; readonly inverse: boolean; readonly defaultColors: boolean};

/** A screen for a failure message: rows numbered, ends of lines marked. */
export function frameText(text: string): string {
	return text
		.split('\n')
		.map((row, y) => `${String(y).padStart(2)}|${row}|`)
		.join('\n');
}

/** What a person sees on a headless xterm: its rows, cells, boxes, and what scrolled away. */
export class Screen {
	private scrollCount = 0;

	constructor(readonly terminal: Terminal) {
		// xterm reports a scroll as the screen moves up a line, and once more as it switches buffers.
		terminal.onScroll(() => {
			this.scrollCount++;
		});
		terminal.buffer.onBufferChange(() => {
			this.scrollCount--;
		});
	}

	/** Number of lines that left the top of the screen, in either buffer: a frame taller than the terminal scrolls. */
	scrolled(): number {
		return this.scrollCount;
	}

	/** Lines in the normal buffer's scrollback. */
	scrollback(): number {
		return this.terminal.buffer.normal.baseY;
	}

	/** The visible rows, trailing spaces trimmed. */
	screen(): string[] {
		const buffer = this.terminal.buffer.active;
		return Array.from(
			{length: this.terminal.rows},
			(_, y) => buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '',
		);
	}

	/** The visible rows joined by newlines. */
	text(): string {
		return this.screen().join('\n');
	}

	/** The cells of a visible row, one per column. */
	cells(y: number): Cell[] {
		const buffer = this.terminal.buffer.active;
		const line = buffer.getLine(buffer.viewportY + y);
		return Array.from({length: this.terminal.cols}, (_, x) => {
			const cell = line?.getCell(x);
			return {char: cell?.getChars() ?? '', width: cell?.getWidth() ?? 1};
		});
	}

	/** Where `text` first stands on the screen, by cell column and row. */
	locate(text: string): {x: number; y: number} | undefined {
		for (let y = 0; y < this.terminal.rows; y++) {
			let row = '';
			const columns: number[] = [];
			for (const [x, cell] of this.cells(y).entries()) {
				// The second half of a wide character has no text; an empty cell reads as a space.
				const char = cell.width === 0 ? '' : cell.char || ' ';
				row += char;
				columns.push(...Array.from({length: char.length}, () => x));
			}

			const at = row.indexOf(text);
			if (at >= 0) {
				return {x: columns[at]!, y};
			}
		}

		return undefined;
	}

	/** How a cell is drawn: bold, inverse, and whether its colours are the terminal's own. */
	attributes(x: number, y: number): Attributes {
		const buffer = this.terminal.buffer.active;
		const cell = buffer.getLine(buffer.viewportY + y)?.getCell(x);
		if (!cell) {
			throw new Error(`no cell at ${x}, ${y}`);
		}

		return {
			bold: cell.isBold() !== 0,
			inverse: cell.isInverse() !== 0,
			defaultColors: cell.isFgDefault() && cell.isBgDefault(),
		};
	}

	/** A cell's text colour: an index of the 256 (16 and 256 colours), `#rrggbb` (truecolor), or undefined for the terminal's own. */
	foreground(x: number, y: number): number | string | undefined {
		const buffer = this.terminal.buffer.active;
		const cell = buffer.getLine(buffer.viewportY + y)?.getCell(x);
		if (!cell) {
			throw new Error(`no cell at ${x}, ${y}`);
		}

		if (cell.isFgRGB()) {
			return `#${cell.getFgColor().toString(16).padStart(6, '0')}`;
		}

		return cell.isFgPalette() ? cell.getFgColor() : undefined;
	}

	/** Visible rows that the terminal wrapped: text ran past the last column. */
	wrappedRows(): number[] {
		const buffer = this.terminal.buffer.active;
		return Array.from({length: this.terminal.rows}, (_, y) => y).filter(
			(y) => buffer.getLine(buffer.viewportY + y)?.isWrapped,
		);
	}

	/** Visible rows wider than the terminal, counted with string-width (wide characters as two). */
	overwideRows(): Array<{row: number; width: number; text: string}> {
		return this.screen()
			.map((text, row) => ({row, width: stringWidth(text), text}))
			.filter(({width}) => width > this.terminal.cols);
	}

	/** The boxes on the screen, found from their top-left corners, each checked for straight sides. */
	frames(): BoxFrame[] {
		return boxFrames(this.screen().map((_, y) => this.cells(y).map((cell) => cell.char)));
	}

	/** Resolves once the emulator has parsed every byte written to it so far. */
	flushed(): Promise<void> {
		return new Promise((resolve) => {
			this.terminal.write('', resolve);
		});
	}

	/**
	Whether the screen shows a whole frame: everything written is parsed and no synchronized
	update (Ink wraps each frame in CSI ? 2026 h … l) is half-way through.
	*/
	async whole(): Promise<boolean> {
		await this.flushed();
		return !this.terminal.modes.synchronizedOutputMode;
	}
}
