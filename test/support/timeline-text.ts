/** The fixture's profile timeline in Chinese at 46 columns (the panel of an 80-column terminal), as a reader sees it. */
export const chartAt46 = [
	'2014    2016     2018    2020    2022     2024',
	'├───┬───┬────┬───┬───┬───┬───┬───┬────┬───┬──┤',
	'  ████████████ 青松数据有限公司',
	'               ███ 白鹭网络',
	'                  ███████ 云杉科技（内部调转）',
	'                         █████ Lumen Labs',
	'            northwind.example & harbor.example',
	'                              ██████████████',
] as const;
