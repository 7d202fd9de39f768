import type {Terminal} from './screen.js';
import type {ScreenCell} from './screen-svg.js';
import type {CellColour} from './svg-palette.js';

/** xterm.js's colour modes, as `getFgColorMode()` returns them (its CM_P16, CM_P256, CM_RGB). */
const modes = {sixteen: 0x1_00_00_00, palette: 0x2_00_00_00, rgb: 0x3_00_00_00} as const;

function colour(mode: number, value: number): CellColour {
	switch (mode) {
		case modes.sixteen: {
			return {mode: '16', index: value};
		}

		case modes.palette: {
			return {mode: '256', index: value};
		}

		case modes.rgb: {
			return {mode: 'rgb', hex: `#${value.toString(16).padStart(6, '0')}`};
		}

		default: {
			return {mode: 'default'};
		}
	}
}

/** The visible rows of a headless xterm, every cell with its text, width, colours and attributes. */
export default function bufferCells(terminal: Terminal): ScreenCell[][] {
	const buffer = terminal.buffer.active;
	const blank = buffer.getNullCell();
	return Array.from({length: terminal.rows}, (_, y) => {
		const line = buffer.getLine(buffer.viewportY + y);
		return Array.from({length: terminal.cols}, (_, x) => {
			const cell = line?.getCell(x) ?? blank;
			return {
				char: cell.getChars(),
				width: cell.getWidth(),
				fg: colour(cell.getFgColorMode(), cell.getFgColor()),
				bg: colour(cell.getBgColorMode(), cell.getBgColor()),
				bold: cell.isBold() !== 0,
				dim: cell.isDim() !== 0,
				italic: cell.isItalic() !== 0,
				underline: cell.isUnderline() !== 0,
				inverse: cell.isInverse() !== 0,
				strikethrough: cell.isStrikethrough() !== 0,
				invisible: cell.isInvisible() !== 0,
			};
		});
	});
}
