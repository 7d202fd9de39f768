/** The card q leaves on the normal screen, as a reader sees it (no colours), in each language. */
export const cards = {
	zh: [
		'╭─ Manjusaka · Senior SRE',
		'│  邮箱  me@manjusaka.me',
		'│  博客  https://manjusaka.blog',
		'│  保存完整简历，纯文本或 JSON Resume：',
		'│    npx manjusaka --lang zh > cv.txt',
		'│    npx manjusaka --lang zh --format json > resume.json',
		'╰─',
	],
	en: [
		'╭─ Manjusaka · Senior SRE',
		'│  E-mail  me@manjusaka.me',
		'│  Blog    https://manjusaka.blog',
		'│  To keep the whole résumé, as text or as JSON Resume:',
		'│    npx manjusaka --lang en > cv.txt',
		'│    npx manjusaka --lang en --format json > resume.json',
		'╰─',
	],
} as const;
