import type {Strings} from './index.js';

const list = (names: readonly string[]) => names.join('、');

/** The interface in Chinese. */
const zh: Strings = {
	profile: '个人资料',
	skills: '技能',
	tooSmall: (columns, rows, minColumns, minRows) => `终端太小：${columns}×${rows}，至少需要 ${minColumns}×${minRows}`,
	actions: {
		move: '移动',
		read: '阅读',
		scroll: '滚动',
		menu: '菜单',
		page: '翻页',
		topEnd: '顶/底',
		jump: '跳转',
		language: 'English',
		help: '帮助',
		quit: '退出',
	},
	commands: {
		previous: '上一项',
		next: '下一项',
		open: '进入内容面板',
		back: '回到菜单',
		lineUp: '向上滚动一行',
		lineDown: '向下滚动一行',
		pageUp: '向上翻一页',
		pageDown: '向下翻一页',
		top: '回到开头',
		bottom: '跳到结尾',
		jump: '跳到第 1–9 项',
		language: '切换语言：中文 / English',
		help: '显示这些按键',
		quit: '退出',
		interrupt: '退出，退出码为 130',
	},
	scopes: {menu: '在菜单中', panel: '在内容面板中', global: '任何时候'},
	helpScreen: {title: '按键', close: '按任意键关闭'},
	usage: {
		usage: '用法',
		options: '选项',
		keys: '按键',
		examples: '示例',
		command: '$ npx manjusaka [选项]',
		summary: '在终端中全屏打开简历；经管道或重定向时输出纯文本。',
		values: {format: '格式', section: '名称', width: 'N'},
		flags: {
			format: '输出格式：text（默认）、markdown 或 json（JSON Resume）',
			section: (names) => `只输出一个部分：${list(names)}；全屏时从这一项开始`,
			lang: 'zh（原文）或 en；区域设置（LC_ALL、LC_MESSAGES、LANG）为英文时默认 en',
			plain: '即使在终端中也直接输出，不打开全屏界面',
			width: '以 N 列宽的纯文本输出简历（20–1000；默认 80，或终端宽度，最多 100）',
			color: '不使用颜色（也遵从 NO_COLOR 和 FORCE_COLOR）',
			ascii: '只用 ASCII 字符绘制，用于 Unicode 显示不好的终端',
			help: '显示本帮助',
			version: '显示版本',
		},
	},
	errors: {
		unknownOption: (flag) => `未知选项 ${flag}`,
		unexpectedArgument: (argument) => `多余的参数 "${argument}"`,
		width: (raw, min, max) => `--width 需要 ${min} 到 ${max} 之间的整数，而不是 "${raw}"`,
		choice: (flag, raw, choices) => `${flag} 可选 ${choices.join('、')}，而不是 "${raw}"`,
		section: (name, names) => `没有名为 "${name}" 的部分，可选：${list(names)}`,
		missingValue: (flag, choices) => `${flag} 需要一个值：${list(choices)}`,
		twice: (flag) => `${flag} 只能给一次`,
		widthFormat: '--width 只用于纯文本，不用于 --format markdown 或 json',
		seeHelp: '（见 manjusaka --help）',
	},
};

export default zh;
