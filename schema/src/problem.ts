/** One thing wrong with the area data, located in the file that has to change. */
export interface Problem {
  /** Path of the offending file as given to the loader (usually repo-relative). */
  file: string;
  /** 1-based line and column of the offending YAML node (1:1 when it has no position). */
  line: number;
  column: number;
  /** JSON-style path of the offending value, e.g. `relationships[3].evidence[0].quote`. */
  path: string;
  /** What is wrong. */
  message: string;
  /** What was expected instead. */
  expected: string;
}

/** `file:line:column: message (expected: ...) [at path]`, one line per problem. */
export function formatProblem(p: Problem): string {
  const where = p.path ? ` [at ${p.path}]` : '';
  const expected = p.expected ? ` (expected: ${p.expected})` : '';
  return `${p.file}:${p.line}:${p.column}: ${p.message}${expected}${where}`;
}

/** Sorts problems by file, line, column, then message, for stable output. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.message.localeCompare(b.message),
  );
}

export type PathSegment = string | number;

/** `['nodes', 2, 'id']` -> `nodes[2].id`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}
