/**
 * What a change did, in a few lines a reader can check: the audit entry's
 * `before` and `after` (JSON text of a node, relationship, obligation,
 * document fact or version summary) compared key by key. Pure.
 */

export interface ChangeLine {
  /** What changed: a property name, "evidence", "version", ... */
  what: string;
  /** Before (null: it did not exist or was empty). */
  from: string | null;
  /** After (null: it was removed). */
  to: string | null;
}

type Json = Record<string, unknown>;

function parse(text: string | null): Json | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Json)
      : { value };
  } catch {
    return { value: text };
  }
}

const MAX = 160;

function show(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    if (value.every((v) => typeof v === 'object' && v !== null && 'quote' in v))
      return value.map((v) => `“${String((v as { quote: unknown }).quote)}”`).join(' · ');
    return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ');
  }
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > MAX ? `${text.slice(0, MAX)}…` : text;
}

/** The flat view of an entry: its properties beside its other keys. */
function flatten(entry: Json | null): Json {
  if (!entry) return {};
  const { properties, node, ...rest } = entry as Json & { properties?: Json; node?: Json };
  const inner = node && typeof node === 'object' ? flatten(node) : {};
  return { ...inner, ...rest, ...(properties && typeof properties === 'object' ? properties : {}) };
}

const SKIP = new Set(['id', 'labels', 'type', 'from', 'to', 'areaId', 'documentId']);

/** The keys whose value differs between before and after, each shown as text. */
export function summariseChange(before: string | null, after: string | null): ChangeLine[] {
  const a = flatten(parse(before));
  const b = flatten(parse(after));
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => !SKIP.has(k))
    .sort((x, y) => (x === 'evidence' ? 1 : y === 'evidence' ? -1 : x.localeCompare(y)));
  const out: ChangeLine[] = [];
  for (const key of keys) {
    const from = show(a[key]);
    const to = show(b[key]);
    if (from !== to) out.push({ what: key, from, to });
  }
  return out;
}

/** "node.edit" → "Node edited", for the list's headline. */
export function describeAction(action: string): string {
  const [thing = action, verb = ''] = action.split('.');
  const noun = thing.replace(/-/g, ' ');
  const done: Record<string, string> = {
    add: 'added',
    edit: 'edited',
    correct: 'corrected',
    publish: 'published',
    restore: 'restored',
    remove: 'removed',
    accept: 'accepted',
    reject: 'rejected',
    merge: 'merged',
    rename: 'renamed',
  };
  const text = `${noun} ${done[verb] ?? verb}`.trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
