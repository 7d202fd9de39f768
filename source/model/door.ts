/**
How a reader reaches the résumé: `local`, the command on their own machine (`npx manjusaka`);
`ssh`, a visitor of `manjusaka serve`. The help, the card after `q` and the keys listed say
what works at the door the reader came by.
*/
export type Door = 'local' | 'ssh';

/**
Whether Ctrl+Z can stop the app for the shell to resume (`fg`): in a terminal of one's own.
An SSH channel has no job control: no shell on the server holds the app, and the visitor's
shell holds ssh, not the app.
*/
export function suspends(door: Door): boolean {
	return door === 'local';
}
