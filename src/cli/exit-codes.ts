/** The CLI's exit codes, documented in every command's --help. */
export const EXIT = { ok: 0, someInputsFailed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
