/** Where a window of `shown` lines from `scroll` is in `total`, in any language: `12–30 / 45`; nothing when all fit in `rows`. */
export default function scrollPosition(scroll: number, shown: number, total: number, rows: number): string | undefined {
	return total > rows && rows > 0 ? `${scroll + 1}–${scroll + shown} / ${total}` : undefined;
}
