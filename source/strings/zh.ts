import type {Strings} from './index.js';

const list = (names: readonly string[]) => names.join('、');

// A time as a person says it: seconds up to two minutes, then whole minutes.
const duration = (seconds: number) => (seconds < 120 ? `${seconds} 秒` : `${Math.round(seconds / 60)} 分钟`);

/** The interface in Chinese. */
const zh: Strings = {
	profile: '个人资料',
	tooSmall: (columns, rows, minColumns, minRows) => `终端太小：${columns}×${rows}，至少需要 ${minColumns}×${minRows}`,
	tooSmallShort: '终端太小',
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
		close: '关闭',
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
		jump: '按编号跳到一项',
		language: '切换语言：中文 / English',
		help: '显示这些按键',
		quit: '退出',
		interrupt: '退出，退出码为 130',
		suspend: '挂起，用 fg 恢复',
	},
	scopes: {menu: '在菜单中', panel: '在内容面板中', global: '任何时候'},
	helpTitle: '按键',
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
			color: '即使经管道也用颜色，或完全不用（也遵从 NO_COLOR 和 FORCE_COLOR）',
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
		noValue: (flag) => `${flag} 不带值`,
		fatal: (message) => `出错而停止：${message}`,
		widthFormat: '--width 只用于纯文本，不用于 --format markdown 或 json',
		seeHelp: '（见 manjusaka --help）',
	},
	visit: {
		tooManyFromAddress: '来自你的地址的会话太多，请一分钟后再试',
		full: '服务器已满，请一分钟后再试',
		restarting: '服务器正在重启，请稍后重新连接',
		idle: (seconds) => `${duration(seconds)}没有按键，连接已关闭；重新连接即可继续`,
		tooLong: (seconds) => `本次会话已达 ${duration(seconds)}上限；重新连接即可继续`,
		failed: '服务器出错，会话已停止；请重新连接再试',
	},
};

export default zh;
