/** Human-readable startup progress on stdout (the structured log stays on pino). */
export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}
