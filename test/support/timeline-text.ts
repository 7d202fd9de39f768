/** The profile's timeline in Chinese at 46 columns (the panel of an 80-column terminal), as a reader sees it. */
export const chartAt46 = [
	'2017  2018  2019 2020  2021  2022  2023 2024',
	'├─────┬─────┬────┬─────┬─────┬─────┬────┬────┤',
	'███████████ 北京闪银科技有限公司',
	'            █████ 饿了么',
	'                ███████████ 阿里云（内部调转）',
	'           Taichi Graphics ████',
	'        debank.com & rabby.io ████████████████',
] as const;
