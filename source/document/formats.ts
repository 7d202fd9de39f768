// Apart from print.ts: the flags list the formats, and the start of the command must not load
// the printers to do so.

/** The formats the résumé prints in: the values `--format` takes. */
export const formats = ['text', 'markdown', 'json'] as const;

/** An output format: text (the default), Markdown, or JSON Resume. */
export type Format = (typeof formats)[number];
