import cliTruncate from 'cli-truncate';
import {Box, Text} from 'ink';
import type {Basics} from '../resume.js';
import type {Theme} from '../theme.js';

/** Props of the Header. */
export type HeaderProps = {
	readonly basics: Basics;
	readonly width: number;
	/** 1: everything on one line; 2: contacts on a line of their own. */
	readonly rows: number;
	readonly theme: Theme;
};

/** The name and role, then the e-mail address and the blog. */
export default function Header({basics, width, rows, theme}: HeaderProps) {
	const dot = theme.glyphs.text(' · ');
	const who = [basics.name, basics.role].filter(Boolean).join(dot);
	const contacts = [basics.email, basics.blog].filter(Boolean).join(dot);
	const fit = (text: string) => cliTruncate(text, Math.max(1, width - 1), {truncationCharacter: theme.glyphs.ellipsis});
	if (rows < 2) {
		return (
			<Text wrap="truncate">
				{' '}
				<Text bold color={theme.accent}>
					{fit(who)}
				</Text>
				<Text color={theme.muted}>{contacts ? fit(`   ${contacts}`) : ''}</Text>
			</Text>
		);
	}

	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent} wrap="truncate">
				{` ${fit(who)}`}
			</Text>
			<Text color={theme.muted} wrap="truncate">
				{` ${fit(contacts)}`}
			</Text>
		</Box>
	);
}
