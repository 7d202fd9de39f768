import {closeSync, openSync, readdirSync, readFileSync} from 'node:fs';

/** Whether the process has a controlling terminal: without one, no SIGWINCH says the size changed. */
export function hasControllingTerminal(): boolean {
	try {
		closeSync(openSync('/dev/tty', 'r'));
		return true;
	} catch {
		return false;
	}
}

// `pid (comm) state ppid pgrp session …` from /proc; comm may hold spaces and parentheses.
function processGroup(pid: string): {parent: string; group: string; session: string} | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return {parent: fields[1]!, group: fields[2]!, session: fields[3]!};
	} catch {
		return undefined;
	}
}

/**
Whether the process group is orphaned: no member has a parent in another group of the same
session, such as a shell, that could continue it. The kernel drops SIGTSTP for such a group.
Where /proc cannot tell (not Linux), it is taken as not orphaned.
*/
export function isOrphaned(): boolean {
	const self = processGroup('self');
	if (self === undefined) {
		return false;
	}

	const members = readdirSync('/proc').filter((pid) => /^\d+$/.test(pid) && processGroup(pid)?.group === self.group);
	return !members.some((pid) => {
		const parent = processGroup(processGroup(pid)?.parent ?? '');
		return parent !== undefined && parent.session === self.session && parent.group !== self.group;
	});
}
