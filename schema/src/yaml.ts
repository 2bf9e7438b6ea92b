import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
} from 'yaml';
import { formatPath, type PathSegment, type Problem } from './problem.ts';

/**
 * Keys whose values are text even when YAML would read them as numbers
 * (`version: 1.0`, `date: 2014`): the source spelling is kept.
 */
const TEXT_KEYS = new Set([
  'id',
  'name',
  'title',
  'version',
  'date',
  'effectiveFrom',
  'validFrom',
  'validTo',
  'text',
  'quote',
  'section',
  'key',
  'subject',
  'artefact',
  'timing',
  'note',
  'route',
  'anchor',
]);

interface Position {
  /** Offset of the value node. */
  value: number;
  /** Offset of the key when the value is in a map. */
  key?: number;
}

/** A parsed YAML file: plain data plus where each value came from. */
export interface ParsedYaml {
  file: string;
  text: string;
  doc: Document.Parsed;
  /** The plain JS value (undefined when the file has YAML errors). */
  data: unknown;
  /** YAML syntax errors (empty when the file parsed). */
  problems: Problem[];
  /** Line/column of the value at `path` (or its nearest located ancestor). */
  locate(path: readonly PathSegment[], which?: 'key' | 'value'): { line: number; column: number };
  /** A problem located at `path`. */
  problem(
    path: readonly PathSegment[],
    message: string,
    expected: string,
    which?: 'key' | 'value',
  ): Problem;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

/** Parses YAML text; never throws. */
export function parseYaml(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const positions = new Map<string, Position>();

  const pos = (offset: number) => {
    const lp = lineCounter.linePos(offset);
    return { line: lp.line, column: lp.col };
  };

  const locate = (path: readonly PathSegment[], which: 'key' | 'value' = 'value') => {
    for (let n = path.length; n >= 0; n--) {
      const found = positions.get(formatPath(path.slice(0, n)));
      if (found) return pos(which === 'key' && found.key !== undefined ? found.key : found.value);
    }
    return { line: 1, column: 1 };
  };

  const problem = (
    path: readonly PathSegment[],
    message: string,
    expected: string,
    which: 'key' | 'value' = 'value',
  ): Problem => ({ file, ...locate(path, which), path: formatPath(path), message, expected });

  const problems: Problem[] = doc.errors.map((e) => {
    const lp = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
    return {
      file,
      line: lp.line,
      column: lp.col,
      path: '',
      message: `YAML ${e.code}: ${firstLine(e.message)}`,
      expected: 'valid YAML',
    };
  });

  const toPlain = (node: unknown, path: PathSegment[], keyOffset?: number): unknown => {
    const at = (offset: number | undefined) =>
      positions.set(formatPath(path), {
        value: offset ?? keyOffset ?? 0,
        ...(keyOffset !== undefined ? { key: keyOffset } : {}),
      });
    if (isAlias(node)) return toPlain(node.resolve(doc), path, keyOffset);
    if (isMap(node)) {
      at(node.range?.[0]);
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const kOff = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        out[key] = toPlain(pair.value, [...path, key], kOff);
      }
      return out;
    }
    if (isSeq(node)) {
      at(node.range?.[0]);
      return node.items.map((item, i) => toPlain(item, [...path, i]));
    }
    if (isScalar(node)) {
      at(node.range?.[0]);
      const last = path[path.length - 1];
      if (typeof node.value === 'number' && typeof last === 'string' && TEXT_KEYS.has(last)) {
        return node.source ?? String(node.value);
      }
      return node.value;
    }
    at(undefined);
    return null;
  };

  const data = problems.length === 0 ? toPlain(doc.contents, []) : undefined;
  return { file, text, doc, data, problems, locate, problem };
}
