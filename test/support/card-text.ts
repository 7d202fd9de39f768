/** The card q leaves on the normal screen for the tests' own résumé, as a reader sees it (no colours), in each language. */
export const cards = {
	zh: [
		'╭─ Aster Lin · Staff SRE',
		'│  邮箱  aster@example.com',
		'│  博客  https://aster.example.org',
		'│  保存完整简历，纯文本或 JSON Resume：',
		'│    npx manjusaka --lang zh > cv.txt',
		'│    npx manjusaka --lang zh --format json > resume.json',
		'╰─',
	],
	en: [
		'╭─ Aster Lin · Staff SRE',
		'│  E-mail  aster@example.com',
		'│  Blog    https://aster.example.org',
		'│  To keep the whole résumé, as text or as JSON Resume:',
		'│    npx manjusaka --lang en > cv.txt',
		'│    npx manjusaka --lang en --format json > resume.json',
		'╰─',
	],
} as const;

// The commands that end each card: the local command's, in `cards`.
const head = (card: readonly string[]) => card.slice(0, -3);

/**
The card q leaves for a visitor over SSH: the same card, but its commands are ssh's, the
host and port placeholders (the server cannot know what the visitor typed) and the language
asked for by the user name.
*/
export const sshCards = {
	zh: [
		...head(cards.zh),
		'│    ssh -T [-p 端口] zh@主机 > cv.txt',
		'│    ssh [-p 端口] zh@主机 -- --format json > resume.json',
		'╰─',
	],
	en: [
		...head(cards.en),
		'│    ssh -T [-p PORT] en@HOST > cv.txt',
		'│    ssh [-p PORT] en@HOST -- --format json > resume.json',
		'╰─',
	],
} as const;
