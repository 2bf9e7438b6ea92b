import type { z } from 'zod';
import {
  type AreaEntry,
  areaSchema,
  dateEntrySchema,
  type DocumentEntry,
  documentCoreSchema,
  governsSchema,
  noteSchema,
  replacesSchema,
  aimSchema,
  type NodeEntry,
  nodeSchema,
  type ObligationEntry,
  obligationSchema,
  type RelationshipEntry,
  relationshipSchema,
  TOP_LEVEL_KEYS,
} from './area-file.schema.ts';
import { type ParsedYaml, parseYaml, type PathSegment, type Problem } from '@accgraph/schema';

export interface Item<T> {
  /** Index in the file's list (for paths and positions). */
  index: number;
  value: T;
}

/** One area file after the schema check; items that failed it are left out. */
export interface AreaFile {
  /** File path as given (used in problems). */
  file: string;
  parsed: ParsedYaml;
  area: AreaEntry;
  document: DocumentEntry;
  nodes: Item<NodeEntry>[];
  relationships: Item<RelationshipEntry>[];
  obligations: Item<ObligationEntry>[];
}

export interface SchemaCheck {
  /** Null when the file cannot be used (YAML error, bad area/document). */
  file: AreaFile | null;
  parsed: ParsedYaml;
  problems: Problem[];
  /** Node ids declared by the file even if it failed (avoids cascades of unknown-id errors). */
  declaredIds: string[];
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** Turns zod issues into located problems. */
export function issuesToProblems(
  parsed: ParsedYaml,
  prefix: readonly PathSegment[],
  issues: readonly z.core.$ZodIssue[],
): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as PathSegment[])];
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push(
            parsed.problem(
              [...path, key],
              `unknown key \`${key}\``,
              'only the keys of docs/data-model.md',
              'key',
            ),
          );
        }
        break;
      case 'invalid_type': {
        const present = valueAt(parsed.data, path) !== undefined;
        const key = path[path.length - 1];
        out.push(
          present
            ? parsed.problem(path, `wrong type: ${issue.message}`, issue.expected)
            : parsed.problem(path.slice(0, -1), `missing \`${String(key)}\``, issue.expected),
        );
        break;
      }
      case 'invalid_value':
        if (valueAt(parsed.data, path) === undefined) {
          out.push(
            parsed.problem(
              path.slice(0, -1),
              `missing \`${String(path[path.length - 1])}\``,
              issue.values.map(String).join(' | '),
            ),
          );
          break;
        }
        out.push(
          parsed.problem(
            path,
            `invalid value ${JSON.stringify(valueAt(parsed.data, path))}`,
            issue.values.map((v) => String(v)).join(' | '),
          ),
        );
        break;
      case 'invalid_union': {
        const options = (issue as { options?: unknown[] }).options;
        const present = valueAt(parsed.data, path);
        out.push(
          parsed.problem(
            present === undefined ? path.slice(0, -1) : path,
            present === undefined
              ? `missing \`${String(path[path.length - 1])}\``
              : `invalid value ${JSON.stringify(present)}`,
            options ? options.map(String).join(' | ') : issue.message,
          ),
        );
        break;
      }
      case 'custom': {
        // limits and refinements say `what is wrong: expected what instead`
        const [message, expected] = issue.message.split(/: expected /);
        out.push(parsed.problem(path, message ?? issue.message, expected ?? issue.message));
        break;
      }
      default:
        out.push(parsed.problem(path, issue.message, issue.message.replace(/^.*expected /i, '')));
    }
  }
  return out;
}

function checkItems<T>(
  parsed: ParsedYaml,
  key: string,
  list: unknown,
  schema: z.ZodType<T>,
  problems: Problem[],
  prefix: PathSegment[] = [],
): Item<T>[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    problems.push(parsed.problem([...prefix, key], `\`${key}\` is not a list`, 'a YAML sequence'));
    return [];
  }
  const items: Item<T>[] = [];
  list.forEach((raw: unknown, index) => {
    const r = schema.safeParse(raw);
    if (r.success) items.push({ index, value: r.data });
    else problems.push(...issuesToProblems(parsed, [...prefix, key, index], r.error.issues));
  });
  return items;
}

/** Parses one area file and checks it against the schema, item by item. */
export function checkAreaFile(file: string, text: string): SchemaCheck {
  const parsed = parseYaml(file, text);
  const problems: Problem[] = [...parsed.problems];
  const declaredIds: string[] = [];
  if (problems.length > 0) return { file: null, parsed, problems, declaredIds };
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push(parsed.problem([], 'an area file must be a mapping', TOP_LEVEL_KEYS.join(', ')));
    return { file: null, parsed, problems, declaredIds };
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(TOP_LEVEL_KEYS as readonly string[]).includes(key)) {
      problems.push(
        parsed.problem([key], `unknown top-level key \`${key}\``, TOP_LEVEL_KEYS.join(', '), 'key'),
      );
    }
  }
  for (const raw of Array.isArray(record.nodes) ? record.nodes : []) {
    const id = (raw as Record<string, unknown> | null)?.id;
    if (typeof id === 'string') declaredIds.push(id);
  }
  const section = <T>(key: 'area' | 'document', schema: z.ZodType<T>): T | null => {
    if (record[key] === undefined) {
      problems.push(parsed.problem([], `missing \`${key}\``, `a top-level \`${key}:\` mapping`));
      return null;
    }
    const r = schema.safeParse(record[key]);
    if (r.success) return r.data;
    problems.push(...issuesToProblems(parsed, [key], r.error.issues));
    return null;
  };
  const area = section('area', areaSchema);
  const core = section('document', documentCoreSchema);
  const rawDoc = (record.document ?? {}) as Record<string, unknown>;
  const list = <T>(key: string, schema: z.ZodType<T>) =>
    checkItems(parsed, key, rawDoc[key], schema, problems, ['document']).map((i) => i.value);
  const dates = list('dates', dateEntrySchema);
  const governs = list('governs', governsSchema);
  const notes = list('notes', noteSchema);
  const replaces = list('replaces', replacesSchema);
  const aims = list('aims', aimSchema);
  const document: DocumentEntry | null = core
    ? { ...core, dates, governs, notes, replaces, aims }
    : null;
  const nodes = checkItems(parsed, 'nodes', record.nodes, nodeSchema, problems);
  const relationships = checkItems(
    parsed,
    'relationships',
    record.relationships,
    relationshipSchema,
    problems,
  );
  const obligations = checkItems(
    parsed,
    'obligations',
    record.obligations,
    obligationSchema,
    problems,
  );
  if (area === null || document === null) return { file: null, parsed, problems, declaredIds };
  return {
    file: { file, parsed, area, document, nodes, relationships, obligations },
    parsed,
    problems,
    declaredIds,
  };
}
