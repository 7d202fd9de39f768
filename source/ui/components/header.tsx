import {Box, Text} from 'ink';
import type {Basics} from '../../model/resume.js';
import stringWidth from '../../text/string-width.js';
import truncate from '../../text/truncate.js';
import type {Theme} from '../../theme/theme.js';

/** Props of the Header. */
export type HeaderProps = {
	readonly basics: Basics;
	readonly width: number;
	/** 1: everything on one line; 2: contacts on a line of their own. */
	readonly rows: number;
	readonly theme: Theme;
};

/** The name and role, then the e-mail address and the blog, as links where the terminal opens them. */
export default function Header({basics, width, rows, theme}: HeaderProps) {
	const {paint} = theme;
	const bright = (text: string) => paint.bold(paint.accent(text));
	const dot = theme.glyphs.text(' · ');
	const who = [basics.name, basics.role].filter(Boolean).join(dot);
	const links = [
		...(basics.email ? [{text: basics.email, url: `mailto:${basics.email}`}] : []),
		...(basics.blog ? [{text: basics.blog, url: basics.blog}] : []),
	];
	const contacts = links.map((link) => link.text).join(dot);
	// Cut here, with the theme's ellipsis: Ink's own truncation would draw a Unicode one.
	const fit = (text: string, columns: number) => (columns > 0 ? truncate(text, columns, theme.glyphs.ellipsis) : '');
	// Whole, the addresses are links; cut, they are text: half an address opens the wrong page.
	const linked = (columns: number) => {
		const shown = fit(contacts, columns);
		return shown === contacts ? links.map((link) => theme.hyperlink(link.text, link.url)).join(dot) : shown;
	};

	const name = fit(who, width - 1);
	if (rows < 2) {
		const gap = '   ';
		const rest = linked(width - 1 - stringWidth(name) - gap.length);
		return <Text>{` ${bright(name)}${rest ? paint.muted(gap + rest) : ''}`}</Text>;
	}

	return (
		<Box flexDirection="column">
			<Text>{` ${bright(name)}`}</Text>
			<Text>{paint.muted(` ${linked(width - 1)}`)}</Text>
		</Box>
	);
}
