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
import { badCharacter, figure, LIMITS, lineColumn } from './limits.ts';
import { formatPath, type PathSegment, type Problem } from './problem.ts';

/** Bounds on what one YAML text may expand to (default: the area-file limits). */
export interface YamlLimits {
  /** Alias uses (`*name`), counted as they are expanded. */
  aliases: number;
  /** Values produced once aliases are expanded. */
  values: number;
  /** Nesting depth of mappings and sequences. */
  depth: number;
  /** Characters of a mapping key. */
  keyLength: number;
  /** Refuse control characters in the text and its values (off for the JSON locator). */
  characters: boolean;
}

export const AREA_YAML_LIMITS: YamlLimits = {
  aliases: LIMITS.yamlAliases,
  values: LIMITS.yamlValues,
  depth: LIMITS.yamlDepth,
  keyLength: LIMITS.keyLength,
  characters: true,
};

/** Thrown inside the walk when a bound is hit; becomes one located problem. */
class LimitHit {
  constructor(
    readonly offset: number,
    readonly path: PathSegment[],
    readonly message: string,
    readonly expected: string,
  ) {}
}

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

/**
 * Parses YAML text; never throws. Refuses (as located problems, with `data`
 * undefined) control characters anywhere in the text or in a value, alias
 * bombs and self-referencing aliases, nesting and keys over `limits`.
 */
export function parseYaml(
  file: string,
  text: string,
  limits: YamlLimits = AREA_YAML_LIMITS,
): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
  });
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

  const raw = limits.characters ? badCharacter(text) : null;
  if (raw) {
    problems.push({
      file,
      ...lineColumn(text, raw.index),
      path: '',
      message: raw.message,
      expected: 'text without control characters (tab and newline allowed)',
    });
  }

  let aliases = 0;
  let values = 0;
  /** Nodes being converted: an alias to one of them refers to itself. */
  const open = new Set<unknown>();
  const toPlain = (
    node: unknown,
    path: PathSegment[],
    keyOffset?: number,
    from?: number,
  ): unknown => {
    const start = (node as { range?: [number] } | null)?.range?.[0] ?? from ?? keyOffset ?? 0;
    const at = (offset: number | undefined) =>
      positions.set(formatPath(path), {
        value: from ?? offset ?? keyOffset ?? 0,
        ...(keyOffset !== undefined ? { key: keyOffset } : {}),
      });
    if (++values > limits.values) {
      throw new LimitHit(
        start,
        path,
        `the YAML expands to more than ${figure(limits.values)} values`,
        `at most ${figure(limits.values)} values (aliases expanded)`,
      );
    }
    if (path.length > limits.depth) {
      throw new LimitHit(
        start,
        path,
        `nesting deeper than ${limits.depth} levels`,
        `at most ${limits.depth} levels of mappings and sequences`,
      );
    }
    if (isAlias(node)) {
      const aliasAt = from ?? node.range?.[0] ?? start;
      if (++aliases > limits.aliases) {
        throw new LimitHit(
          aliasAt,
          path,
          `more than ${figure(limits.aliases)} alias uses (*${node.source})`,
          `at most ${figure(limits.aliases)} aliases, expanded`,
        );
      }
      const target = node.resolve(doc);
      if (target === undefined) {
        throw new LimitHit(
          aliasAt,
          path,
          `alias *${node.source} has no anchor`,
          `an anchor &${node.source} before it`,
        );
      }
      if (open.has(target)) {
        throw new LimitHit(
          aliasAt,
          path,
          `alias *${node.source} refers to a node that contains it`,
          'an alias to a node outside itself',
        );
      }
      return toPlain(target, path, keyOffset, aliasAt);
    }
    if (isMap(node)) {
      at(node.range?.[0]);
      open.add(node);
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const kOff = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        if (key.length > limits.keyLength) {
          throw new LimitHit(
            kOff ?? start,
            path,
            `a key of ${figure(key.length)} characters, over the limit of ${figure(limits.keyLength)}`,
            `keys of at most ${figure(limits.keyLength)} characters`,
          );
        }
        const bad = limits.characters ? badCharacter(key) : null;
        if (bad)
          throw new LimitHit(
            kOff ?? start,
            path,
            `key: ${bad.message}`,
            'a key without control characters',
          );
        out[key] = toPlain(pair.value, [...path, key], kOff);
      }
      open.delete(node);
      return out;
    }
    if (isSeq(node)) {
      at(node.range?.[0]);
      open.add(node);
      const out = node.items.map((item, i) => toPlain(item, [...path, i]));
      open.delete(node);
      return out;
    }
    if (isScalar(node)) {
      at(node.range?.[0]);
      if (limits.characters && typeof node.value === 'string') {
        const bad = badCharacter(node.value);
        if (bad)
          throw new LimitHit(
            start,
            path,
            bad.message,
            'text without control characters (tab and newline allowed)',
          );
      }
      const last = path[path.length - 1];
      if (typeof node.value === 'number' && typeof last === 'string' && TEXT_KEYS.has(last)) {
        return node.source ?? String(node.value);
      }
      return node.value;
    }
    at(undefined);
    return null;
  };

  let data: unknown;
  if (problems.length === 0) {
    try {
      data = toPlain(doc.contents, []);
    } catch (error) {
      if (!(error instanceof LimitHit)) throw error;
      const lp = lineCounter.linePos(error.offset);
      problems.push({
        file,
        line: lp.line,
        column: lp.col,
        path: formatPath(error.path),
        message: error.message,
        expected: error.expected,
      });
    }
  }
  return { file, text, doc, data, problems, locate, problem };
}
