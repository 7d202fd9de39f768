/** Interface text: menu entries that are not content, labels, hints and messages. */
const strings = {
	profile: 'Profile',
	skills: 'Skills',
	tooSmall: (columns: number, rows: number, minColumns: number, minRows: number) =>
		`Too small: ${columns}×${rows}, need ${minColumns}×${minRows}`,
	position: (first: number, last: number, total: number) => `${first}–${last} / ${total}`,
} as const;

export default strings;
