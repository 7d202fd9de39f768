import {type Drawn, drawnRow, runs, type ScreenCell} from './drawn-cells.js';
import type {SvgPalette} from './svg-palette.js';

export type {ScreenCell} from './drawn-cells.js';

/** What the picture is drawn with, and what it is called (its `<title>`, for screen readers). */
export type SvgOptions = {readonly palette: SvgPalette; readonly title: string};

/** The picture's geometry in pixels: a cell is 0.6 of the font size wide, as monospaced fonts draw it. */
export const grid = {fontSize: 14, cellWidth: 8.4, rowHeight: 17, baseline: 13, padding: 12} as const;

const fonts = "ui-monospace, 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', 'Noto Sans Mono CJK SC', monospace";

/** `&`, `<` and `>` as XML writes them in text; quotes too, for attributes. */
export function escapeXml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

// Pixels with at most two decimals, so that 3 × 8.4 reads 25.2 and never 25.200000000000003.
const px = (value: number) => String(Math.round(value * 100) / 100);

function backgrounds(cells: readonly Drawn[], y: number, palette: SvgPalette): string[] {
	return runs(cells, (cell) => cell.bg)
		.filter((run) => run.cells[0]!.bg !== palette.background)
		.map((run) => {
			const columns = run.cells.reduce((sum, cell) => sum + cell.width, 0);
			const x = grid.padding + run.column * grid.cellWidth;
			return `<rect x="${px(x)}" y="${y}" width="${px(columns * grid.cellWidth)}" height="${grid.rowHeight}" fill="${run.cells[0]!.bg}"/>`;
		});
}

// Cells without the spaces at either end.
function trimmed(cells: readonly Drawn[]): readonly Drawn[] {
	const first = cells.findIndex((cell) => cell.text !== ' ');
	const last = cells.findLastIndex((cell) => cell.text !== ' ');
	return first < 0 ? [] : cells.slice(first, last + 1);
}

const textElement = (x: number, y: number, attributes: string, text: string) =>
	`<text x="${px(x)}" y="${y + grid.baseline}" ${attributes}>${escapeXml(text)}</text>`;

// Narrow text in runs of one look, each stretched to its columns where the renderer honours
// textLength. A wide character stands alone at its column: its glyph is narrower than two
// cells in most fonts, and a renderer without textLength (librsvg) would pull the next ones left.
function texts(cells: readonly Drawn[], y: number): string[] {
	return runs(cells, (cell) => `${cell.width} ${cell.look}`).flatMap((run) => {
		const {width, look, decorated} = run.cells[0]!;
		const x = (cell: Drawn) => grid.padding + cell.column * grid.cellWidth;
		if (width > 1) {
			return run.cells.map((cell) => textElement(x(cell), y, look, cell.text));
		}

		const shown = decorated ? run.cells : trimmed(run.cells);
		if (shown.length === 0) {
			return [];
		}

		const text = shown.map((cell) => cell.text).join('');
		return [textElement(x(shown[0]!), y, `textLength="${px(shown.length * grid.cellWidth)}" ${look}`, text)];
	});
}

// Elements in a group, or nothing when there are none.
const group = (open: string, elements: readonly string[]) => (elements.length > 0 ? [open, ...elements, '</g>'] : []);

/** A picture of a terminal's screen: its rows of cells as SVG, text on a grid with its colours. */
export default function screenSvg(rows: ReadonlyArray<readonly ScreenCell[]>, {palette, title}: SvgOptions): string {
	const columns = Math.max(0, ...rows.map((row) => row.length));
	const width = 2 * grid.padding + columns * grid.cellWidth;
	const height = 2 * grid.padding + rows.length * grid.rowHeight;
	const drawn = rows.map((row) => drawnRow(row, palette));
	const top = (y: number) => grid.padding + y * grid.rowHeight;
	const fills = drawn.flatMap((cells, y) => backgrounds(cells, top(y), palette));
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}" role="img" xml:space="preserve">`,
		`<title>${escapeXml(title)}</title>`,
		`<rect x="0.5" y="0.5" width="${px(width - 1)}" height="${px(height - 1)}" rx="6" fill="${palette.background}" stroke="${palette.edge}"/>`,
		...group('<g shape-rendering="crispEdges">', fills),
		`<g font-family="${fonts}" font-size="${grid.fontSize}">`,
		...drawn.flatMap((cells, y) => texts(cells, top(y))),
		'</g>',
		'</svg>',
		'',
	].join('\n');
}
