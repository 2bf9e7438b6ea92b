/**
 * The review operations on a draft body, pure: each returns the changed body
 * (a new object) and a one-line summary for the audit trail, or throws
 * BadUserInputError saying what is wrong and where. Quotes are always taken
 * from the stored text at the given offsets, never typed by the reviewer.
 */
import { LIMITS } from '@accgraph/schema';
import { BadUserInputError } from '../errors.ts';
import {
  checkDocumentFact,
  checkDutyTypes,
  checkLabel,
  checkModality,
  checkNodeKind,
  checkRelationshipProps,
  checkRelationshipType,
} from './editing.port.ts';
import {
  type AnyItem,
  type FactItem,
  type DraftBody,
  type DraftEvidence,
  type NodeItem,
  type ObligationItem,
  type RelationshipItem,
  type ReviewState,
  itemsOf,
} from './draft.model.ts';

export interface ReviewResult {
  body: DraftBody;
  /** What changed, for the audit trail. */
  summary: string;
  /** The item before and after (null when added or removed). */
  before: AnyItem | null;
  after: AnyItem | null;
}

const clone = (body: DraftBody): DraftBody => structuredClone(body);

function find(body: DraftBody, key: string) {
  const found = itemsOf(body).find(({ item }) => item.key === key);
  if (!found) {
    throw new BadUserInputError(
      `key: no proposal "${key}" in this draft (keys look like n1, r2, o3; the draft lists them)`,
    );
  }
  return found;
}

function findNode(body: DraftBody, key: string, arg = 'key'): NodeItem {
  const node = body.nodes.find((n) => n.key === key);
  if (!node) throw new BadUserInputError(`${arg}: no node proposal "${key}" in this draft`);
  return node;
}

const bounded = (what: string, value: string, max: number) => {
  const v = value.trim();
  if (v.length === 0) throw new BadUserInputError(`${what}: expected non-empty text`);
  if (v.length > max) throw new BadUserInputError(`${what}: at most ${max} characters`);
  return v;
};

/** Sets the review state of one proposal. */
export function setState(body: DraftBody, key: string, state: ReviewState): ReviewResult {
  const next = clone(body);
  const { item } = find(next, key);
  const before = structuredClone(item);
  item.state = state;
  return { body: next, summary: `${state.toLowerCase()} ${key}`, before, after: item };
}

/** Evidence for the text between `start` and `end`: the quote is the text there. */
export function evidenceAt(
  body: DraftBody,
  text: string,
  start: number,
  end: number,
): DraftEvidence {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new BadUserInputError(
      `start/end: offsets ${start}-${end} are outside the document text (0-${text.length})`,
    );
  }
  if (end <= start)
    throw new BadUserInputError(`start/end: end (${end}) must be after start (${start})`);
  const raw = text.slice(start, end);
  // Trim the selection to its words: a quote never starts or ends with blank space.
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  const s = start + lead;
  const e = end - trail;
  if (e <= s) throw new BadUserInputError(`start/end: the text at ${start}-${end} is blank`);
  if (e - s > LIMITS.quoteLength) {
    throw new BadUserInputError(`start/end: a quote is at most ${LIMITS.quoteLength} characters`);
  }
  const heading = [...body.headings].reverse().find((h) => h.end <= s);
  if (!heading) {
    throw new BadUserInputError(
      `start: no section heading comes before offset ${s}; select text under a heading`,
    );
  }
  return { quote: text.slice(s, e), section: heading.section, start: s, end: e };
}

export interface EditInput {
  key: string;
  name?: string | null;
  label?: string | null;
  kind?: string | null;
  type?: string | null;
  from?: string | null;
  to?: string | null;
  text?: string | null;
  modality?: string | null;
  dutyTypes?: string[] | null;
  /** Relationship properties as a JSON object (e.g. {"mode":"challenge"}). */
  properties?: string | null;
  /** Document fact: its value (an ISO date, a note). */
  value?: string | null;
}

/** The labels a drafted node may have; a Person has no kind. */
const NODE_LABELS = ['Body', 'Post', 'Organisation', 'Person'] as const;

/** A node's kind for its label: none ('') for a Person, else checked against the label's vocabulary. */
const kindFor = (path: string, label: string, kind: string | null | undefined): string =>
  label === 'Person' ? '' : checkNodeKind(path, label, kind);

/** Relationship properties from JSON: an object of strings, numbers and booleans. */
function parseProperties(
  json: string | null | undefined,
  path: string,
): Record<string, string | number | boolean> | null {
  if (json === null || json === undefined || json.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new BadUserInputError(
      `${path}: not JSON (expected an object such as {"mode":"challenge"})`,
      {
        path,
      },
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BadUserInputError(`${path}: expected a JSON object`, { path });
  }
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!/^[a-z][A-Za-z0-9]{0,39}$/.test(k) || ['basis', 'interpretation', 'key'].includes(k)) {
      throw new BadUserInputError(`${path}.${k}: not a property an edit sets`, {
        path: `${path}.${k}`,
      });
    }
    if (typeof v === 'string') out[k] = bounded(`${path}.${k}`, v, LIMITS.textLength);
    else if (typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) out[k] = v;
    else
      throw new BadUserInputError(`${path}.${k}: a property is a string, number or boolean`, {
        path: `${path}.${k}`,
      });
  }
  return out;
}

/** A relationship's end: a node of the draft, or (SIGNED) the draft's document. */
function checkEnd(
  body: DraftBody,
  type: string,
  end: 'from' | 'to',
  id: string | null | undefined,
) {
  const nodeIds = new Set(body.nodes.map((n) => n.id));
  if (id && nodeIds.has(id)) return id;
  if (id && end === 'to' && type === 'SIGNED' && id === body.document.id) return id;
  throw new BadUserInputError(
    `input.${end}: no node "${id ?? ''}" in this draft${type === 'SIGNED' && end === 'to' ? ` (a SIGNED relationship goes to the document, "${body.document.id}")` : ''}`,
    { path: `input.${end}` },
  );
}

/** A document fact's value: a date is YYYY[-MM[-DD]]; replaces and aim default to the quote. */
function factValue(category: string, value: string | null | undefined, quote: string): string {
  if (category === 'date') {
    const v = (value ?? '').trim();
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) {
      throw new BadUserInputError(
        `input.value: a date fact needs the date the quote states, as YYYY-MM-DD, YYYY-MM or YYYY`,
        { path: 'input.value' },
      );
    }
    return v;
  }
  if (category === 'note') return bounded('input.value', value ?? '', LIMITS.noteLength);
  // replaces, aim: in the document's own words
  return bounded('input.value', value ?? quote, LIMITS.textLength);
}

/** Changes what a proposal says (its evidence stays); the edited fact counts as accepted. */
export function editItem(body: DraftBody, input: EditInput): ReviewResult {
  const next = clone(body);
  const { list, item } = find(next, input.key);
  const before = structuredClone(item);
  if (list === 'nodes') {
    const n = item as NodeItem;
    // The name changes; its quote stays the document's words.
    if (input.name) n.name = bounded('input.name', input.name, LIMITS.nameLength);
    if (input.label) n.label = checkLabel('input.label', input.label, NODE_LABELS);
    // A kind belongs to its label: a new label needs a kind of its own vocabulary (a Person none).
    if (input.kind || input.label) {
      if (n.label === 'Person' && input.kind) {
        checkNodeKind('input.kind', 'Person', input.kind); // refuses: a Person has no kind
      }
      n.kind = kindFor(input.kind ? 'input.kind' : 'input.label', n.label, input.kind ?? n.kind);
    }
  } else if (list === 'relationships') {
    const r = item as RelationshipItem;
    if (input.type) r.type = checkRelationshipType('input.type', input.type);
    for (const end of ['from', 'to'] as const) {
      if (input[end]) r[end] = checkEnd(next, r.type, end, input[end]);
    }
    const props = parseProperties(input.properties, 'input.properties');
    if (props) r.props = props;
    if (input.type || props) checkRelationshipProps('input.properties', r.type, r.props);
  } else if (list === 'obligations') {
    const o = item as ObligationItem;
    if (input.text) o.text = bounded('input.text', input.text, LIMITS.obligationLength);
    if (input.modality) o.modality = checkModality('input.modality', input.modality);
    if (input.dutyTypes) o.dutyTypes = checkDutyTypes('input.dutyTypes', input.dutyTypes);
  } else {
    const f = item as FactItem;
    if (input.kind) f.kind = checkDocumentFact('input', f.category, input.kind).kind;
    if (input.value) f.value = factValue(f.category, input.value, f.evidence[0]?.quote ?? '');
  }
  item.edited = true;
  item.state = 'ACCEPTED';
  return { body: next, summary: `edited ${input.key}`, before, after: item };
}

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80) || 'node';

export interface AddFactInput {
  kind: 'NODE' | 'RELATIONSHIP' | 'OBLIGATION' | 'DOCUMENT_FACT';
  start: number;
  end: number;
  /** NODE: name, label (Body/Post/Organisation), kind. */
  name?: string | null;
  label?: string | null;
  nodeKind?: string | null;
  /** RELATIONSHIP: type, from and to (node ids of the draft). */
  type?: string | null;
  from?: string | null;
  to?: string | null;
  /** RELATIONSHIP: its properties as a JSON object (capacity, mode, role, signatureBlank, ...). */
  properties?: string | null;
  /** OBLIGATION: holders (node ids), modality, duty type codes; its text is the quote. */
  holders?: string[] | null;
  modality?: string | null;
  dutyTypes?: string[] | null;
  /** DOCUMENT_FACT: category (date, note, replaces, aim), its kind, and value (a date; a note). */
  category?: string | null;
  factKind?: string | null;
  value?: string | null;
}

/** Adds a fact whose evidence is the text selected between `start` and `end`. */
export function addFact(body: DraftBody, text: string, input: AddFactInput): ReviewResult {
  const next = clone(body);
  const evidence = evidenceAt(next, text, input.start, input.end);
  const key = (prefix: string) => `${prefix}${next.nextKey++}`;
  const base = { state: 'ACCEPTED' as const, proposal: null, edited: false, evidence: [evidence] };
  const nodeIds = new Set(next.nodes.map((n) => n.id));
  let item: AnyItem;
  if (input.kind === 'NODE') {
    const name = bounded('input.name', input.name ?? evidence.quote, LIMITS.nameLength);
    const label = checkLabel('input.label', input.label ?? 'Body', NODE_LABELS);
    if (label === 'Person' && input.nodeKind)
      checkNodeKind('input.nodeKind', label, input.nodeKind);
    const kind = kindFor('input.nodeKind', label, input.nodeKind ?? 'other');
    let id = `${next.area.id}/${slugify(name)}`;
    for (let i = 2; nodeIds.has(id); i++) id = `${next.area.id}/${slugify(name)}-${i}`;
    const node: NodeItem = {
      ...base,
      key: key('n'),
      id,
      label: label as NodeItem['label'],
      name,
      aliases: [],
      kind,
    };
    next.nodes.push(node);
    item = node;
  } else if (input.kind === 'RELATIONSHIP') {
    const type = checkRelationshipType('input.type', input.type);
    const from = checkEnd(next, type, 'from', input.from);
    const to = checkEnd(next, type, 'to', input.to);
    const props = parseProperties(input.properties, 'input.properties') ?? {};
    checkRelationshipProps('input.properties', type, props);
    const rel: RelationshipItem = { ...base, key: key('r'), type, from, to, props };
    next.relationships.push(rel);
    item = rel;
  } else if (input.kind === 'OBLIGATION') {
    const holders = input.holders ?? [];
    if (holders.length === 0)
      throw new BadUserInputError('input.holders: name at least one node id', {
        path: 'input.holders',
      });
    holders.forEach((h, i) => {
      if (!nodeIds.has(h))
        throw new BadUserInputError(`input.holders[${i}]: no node "${h}" in this draft`, {
          path: `input.holders[${i}]`,
        });
    });
    const modality = checkModality('input.modality', input.modality ?? 'must');
    const dutyTypes = checkDutyTypes('input.dutyTypes', input.dutyTypes ?? []);
    const ob: ObligationItem = {
      ...base,
      key: key('o'),
      id: `${next.area.id}/${next.document.effectiveFrom}/added-${next.nextKey}`,
      holders,
      text: evidence.quote.slice(0, LIMITS.obligationLength),
      modality,
      dutyTypes,
      shared: holders.length > 1,
    };
    next.obligations.push(ob);
    item = ob;
  } else {
    const { category, kind } = checkDocumentFact('input', input.category, input.factKind);
    const fact: FactItem = {
      ...base,
      key: key('f'),
      category: category as FactItem['category'],
      kind,
      value: factValue(category, input.value, evidence.quote),
    };
    next.facts = [...(next.facts ?? []), fact];
    item = fact;
  }
  return {
    body: next,
    summary: `added ${item.key} from ${evidence.start}-${evidence.end}`,
    before: null,
    after: item,
  };
}

/** Renames a node; its old name becomes an alias. */
export function renameNode(body: DraftBody, key: string, name: string): ReviewResult {
  const next = clone(body);
  const node = findNode(next, key);
  const before = structuredClone(node);
  const v = bounded('name', name, LIMITS.nameLength);
  if (v !== node.name && !node.aliases.includes(node.name)) node.aliases.push(node.name);
  node.aliases = node.aliases.filter((a) => a !== v);
  node.name = v;
  node.edited = true;
  return { body: next, summary: `renamed ${key} to "${v}"`, before, after: node };
}

/** Adds aliases to a node (duplicates and its own name are ignored). */
export function addAliases(body: DraftBody, key: string, aliases: string[]): ReviewResult {
  const next = clone(body);
  const node = findNode(next, key);
  const before = structuredClone(node);
  for (const a of aliases) {
    const v = bounded('aliases', a, LIMITS.nameLength);
    if (v !== node.name && !node.aliases.includes(v)) node.aliases.push(v);
  }
  if (node.aliases.length > LIMITS.aliasCount) {
    throw new BadUserInputError(`aliases: a node has at most ${LIMITS.aliasCount} aliases`);
  }
  node.edited = true;
  return {
    body: next,
    summary: `aliases of ${key}: ${node.aliases.join(', ')}`,
    before,
    after: node,
  };
}

const evidenceKey = (e: DraftEvidence) => `${e.start}-${e.end}`;

function mergeEvidence(a: DraftEvidence[], b: DraftEvidence[]): DraftEvidence[] {
  const seen = new Set(a.map(evidenceKey));
  return [...a, ...b.filter((e) => !seen.has(evidenceKey(e)))].sort((x, y) => x.start - y.start);
}

/**
 * Merges node `dropKey` into `keepKey`: its name and aliases become aliases,
 * its evidence joins, every relationship and obligation that named it names
 * the kept node; relationships that then say the same thing become one.
 */
export function mergeNodes(body: DraftBody, keepKey: string, dropKey: string): ReviewResult {
  if (keepKey === dropKey)
    throw new BadUserInputError('dropKey: a node cannot be merged into itself');
  const next = clone(body);
  const keep = findNode(next, keepKey, 'keepKey');
  const drop = findNode(next, dropKey, 'dropKey');
  const before = structuredClone(keep);
  for (const a of [drop.name, ...drop.aliases]) {
    if (a !== keep.name && !keep.aliases.includes(a)) keep.aliases.push(a);
  }
  keep.evidence = mergeEvidence(keep.evidence, drop.evidence);
  keep.edited = true;
  if (keep.state === 'PROPOSED') keep.state = 'ACCEPTED';
  next.nodes = next.nodes.filter((n) => n.key !== dropKey);
  const byFact = new Map<string, RelationshipItem>();
  const rels: RelationshipItem[] = [];
  for (const r of next.relationships) {
    if (r.from === drop.id) r.from = keep.id;
    if (r.to === drop.id) r.to = keep.id;
    const fact = `${r.type} ${r.from} ${r.to}`;
    const same = byFact.get(fact);
    if (same) {
      same.evidence = mergeEvidence(same.evidence, r.evidence);
      continue;
    }
    byFact.set(fact, r);
    rels.push(r);
  }
  next.relationships = rels;
  for (const o of next.obligations) {
    o.holders = [...new Set(o.holders.map((h) => (h === drop.id ? keep.id : h)))];
  }
  return {
    body: next,
    summary: `merged ${dropKey} (${drop.id}) into ${keepKey} (${keep.id})`,
    before,
    after: keep,
  };
}
