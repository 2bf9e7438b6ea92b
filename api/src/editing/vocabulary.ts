/**
 * The schema's closed vocabularies, checked on every edit and draft mutation
 * (issue 14): node labels and kinds, relationship types and the properties
 * whose values are a vocabulary (capacity, mode, role), modalities, duty
 * types (schema/taxonomy/duty-types.yaml), document fact categories and
 * kinds. A value outside its vocabulary is BAD_USER_INPUT naming the JSON
 * path of the input field and the allowed values (also in
 * `extensions.path` and `extensions.allowed`), so the client can show them.
 */
import {
  ACCOUNTABLE_MODES,
  BODY_KINDS,
  CHAIR_ROLES,
  DATE_KINDS,
  DOCUMENT_FACT_CATEGORIES,
  HOLD_MODES,
  loadTaxonomy,
  MEMBER_CAPACITIES,
  MODALITIES,
  NODE_DECLARABLE_LABELS,
  NOTE_KINDS,
  ORGANISATION_KINDS,
  POST_KINDS,
  RELATIONSHIP_TYPES,
  STATUTORY,
  TAXONOMY_DIR,
  type TaxonomyEntry,
} from '@accgraph/schema';
import { BadUserInputError } from '../errors.ts';

/**
 * BAD_USER_INPUT for one field: the message names its JSON path (and the
 * allowed values); `extensions.problems` holds `{path, message, allowed}`,
 * the shape every refused write uses for its problems.
 */
export function refuse(path: string, message: string, allowed?: readonly string[]): never {
  const text = `${path}: ${message}`;
  throw new BadUserInputError(text, {
    problems: [{ path, message: text, ...(allowed ? { allowed: [...allowed] } : {}) }],
  });
}

/** `value` if it is one of `allowed`; else BAD_USER_INPUT naming `path` and the allowed values. */
export function oneOf<T extends string>(
  path: string,
  value: unknown,
  allowed: readonly T[],
  what = 'value',
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  return refuse(
    path,
    `${JSON.stringify(value)} is not a ${what}; allowed: ${listed(allowed)}.`,
    allowed,
  );
}

/**
 * The allowed values for a message. A long list (the duty types) would pass
 * the length a client is shown (500 characters): its start, and where the
 * whole list is (`extensions.problems[0].allowed`, also the `editVocabulary` query).
 */
function listed(allowed: readonly string[]): string {
  const all = allowed.join(', ');
  if (all.length <= 240) return all;
  let shown = '';
  for (const v of allowed) {
    if (shown.length + v.length > 160) break;
    shown += `${v}, `;
  }
  return `${shown}… (${allowed.length} in all: see extensions.problems[0].allowed or the editVocabulary query)`;
}

/** The kinds a node of each declarable label may have (Person has none). */
export const NODE_KINDS: Readonly<Record<string, readonly string[]>> = {
  Body: BODY_KINDS,
  Organisation: ORGANISATION_KINDS,
  Post: POST_KINDS,
  Person: [],
};

export function checkLabel<T extends string = (typeof NODE_DECLARABLE_LABELS)[number]>(
  path: string,
  label: unknown,
  allowed: readonly T[] = NODE_DECLARABLE_LABELS as unknown as readonly T[],
): T {
  return oneOf(path, label, allowed, 'node label');
}

/** A node's kind, checked against its label's vocabulary. */
export function checkNodeKind(path: string, label: string, kind: unknown): string {
  const kinds = NODE_KINDS[label] ?? [];
  if (kinds.length === 0) {
    refuse(path, `a ${label} has no kind; leave it out.`, []);
  }
  return oneOf(path, kind, kinds, `${label} kind`);
}

/** A body's statutory status (only a body has one: docs/data-model.md "Body vocabulary"). */
export function checkStatutory(path: string, label: string, value: unknown): string {
  if (label !== 'Body') refuse(path, `a ${label} has no statutory status; only a body does.`, []);
  return oneOf(path, value, STATUTORY, 'statutory status');
}

export const checkRelationshipType = (path: string, type: unknown) =>
  oneOf(path, type, RELATIONSHIP_TYPES, 'relationship type');

export const checkModality = (path: string, modality: unknown) =>
  oneOf(path, modality, MODALITIES, 'modality');

/** Relationship properties whose values are a closed vocabulary, per type. */
export const RELATIONSHIP_VOCABULARY: Readonly<
  Record<string, Readonly<Record<string, { allowed: readonly string[]; required: boolean }>>>
> = {
  MEMBER_OF: { capacity: { allowed: MEMBER_CAPACITIES, required: true } },
  CHAIRS: { role: { allowed: CHAIR_ROLES, required: false } },
  HOLDS_TO_ACCOUNT: { mode: { allowed: HOLD_MODES, required: true } },
  ACCOUNTABLE_TO: { mode: { allowed: ACCOUNTABLE_MODES, required: false } },
};

/** The vocabulary properties of a relationship of `type` (`path`: the properties object). */
export function checkRelationshipProps(
  path: string,
  type: string,
  props: Record<string, unknown>,
): void {
  for (const [key, rule] of Object.entries(RELATIONSHIP_VOCABULARY[type] ?? {})) {
    const value = props[key];
    if (value === undefined || value === null) {
      if (rule.required) {
        refuse(
          `${path}.${key}`,
          `a ${type} relationship needs its ${key}; allowed: ${listed(rule.allowed)}.`,
          rule.allowed,
        );
      }
      continue;
    }
    oneOf(`${path}.${key}`, value, rule.allowed, `${type} ${key}`);
  }
  // yes/no properties (a signature cell left blank, a joint subgroup) are true or false
  for (const key of BOOLEAN_PROPERTIES) {
    const value = props[key];
    if (value !== undefined && value !== null && typeof value !== 'boolean') {
      refuse(`${path}.${key}`, `${key} is true or false, not ${JSON.stringify(value)}.`, [
        'true',
        'false',
      ]);
    }
  }
}

/** Relationship properties that are true or false (the area file's schema says so). */
const BOOLEAN_PROPERTIES = ['signatureBlank', 'joint'] as const;

let dutyTypes: Map<string, TaxonomyEntry> | undefined;
/** The duty types of the taxonomy, by code (read once per process). */
export function dutyTypeEntries(): Map<string, TaxonomyEntry> {
  return (dutyTypes ??= loadTaxonomy(TAXONOMY_DIR).dutyTypes);
}

/** Duty type codes: each in the taxonomy, each once, at least one. */
export function checkDutyTypes(path: string, codes: readonly string[]): string[] {
  const known = [...dutyTypeEntries().keys()];
  if (codes.length === 0) {
    refuse(path, `an obligation has at least one duty type; allowed: ${listed(known)}.`, known);
  }
  codes.forEach((code, i) => oneOf(`${path}[${i}]`, code, known, 'duty type code'));
  if (new Set(codes).size !== codes.length) {
    refuse(path, 'name each duty type once.');
  }
  return [...codes];
}

/** The kinds a document fact of each category may have. */
export const DOCUMENT_FACT_KINDS: Readonly<Record<string, readonly string[]>> = {
  date: DATE_KINDS,
  note: NOTE_KINDS,
  replaces: ['replaces'],
  aim: ['aim'],
};

export function checkDocumentFact(
  path: string,
  category: unknown,
  kind: unknown,
): { category: string; kind: string } {
  const c = oneOf(`${path}.category`, category, DOCUMENT_FACT_CATEGORIES, 'document fact category');
  const k = oneOf(`${path}.kind`, kind, DOCUMENT_FACT_KINDS[c]!, `${c} fact kind`);
  return { category: c, kind: k };
}
