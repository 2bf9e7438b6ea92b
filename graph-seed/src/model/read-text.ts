import { readFileSync, statSync } from 'node:fs';
import { decodeText, figure, type Problem } from '@accgraph/schema';

export type ReadText = { text: string; problem: null } | { text: null; problem: Problem };

/**
 * Reads a text file within `maxBytes` as strict UTF-8 (docs/security.md,
 * "Limits"). `normalise` drops a BOM and turns CRLF into LF: for area files
 * and JSON, never for source texts (evidence offsets index them as stored).
 * A missing file, a directory or an oversized file is a problem at 1:1 of
 * `display`; nothing over the limit is read.
 */
export function readTextFile(
  path: string,
  display: string,
  what: string,
  maxBytes: number,
  normalise: boolean,
): ReadText {
  const fail = (message: string, expected: string, line = 1, column = 1): ReadText => ({
    text: null,
    problem: { file: display, line, column, path: '', message, expected },
  });
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return fail(`${what} ${path} is not a file`, 'a regular file');
    size = stat.size;
  } catch {
    return fail(`${what} not found: ${path}`, 'an existing file');
  }
  if (size > maxBytes) {
    return fail(
      `${what} is ${figure(size)} bytes, over the limit of ${figure(maxBytes)}`,
      `at most ${figure(maxBytes)} bytes`,
    );
  }
  const decoded = decodeText(readFileSync(path), what, maxBytes, normalise);
  if (!decoded.ok) return fail(decoded.message, decoded.expected, decoded.line, decoded.column);
  return { text: decoded.text, problem: null };
}
