/** Where commands print (cli.ts wires it to the console; tests capture it). */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, data: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {}
