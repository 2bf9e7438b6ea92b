import { z } from 'zod';
import * as v from '@accgraph/schema';
import { badYear, firstDay, isIsoDate, LIMITS, tooLong } from '@accgraph/schema';

/** An ISO date of a real year (LIMITS.yearMin-yearMax). */
export const isoDate = z.string().superRefine((value, ctx) => {
  if (!isIsoDate(value)) {
    ctx.addIssue({ code: 'custom', message: 'invalid date: expected YYYY-MM-DD, YYYY-MM or YYYY' });
    return;
  }
  const year = badYear(value);
  if (year) ctx.addIssue({ code: 'custom', message: `${year}: expected a real year` });
});

/** A string of at most `max` characters; the message names the limit. */
const bounded = (what: string, max: number) =>
  z.string().superRefine((value, ctx) => {
    if (value.length > max)
      ctx.addIssue({
        code: 'custom',
        message: `${tooLong(what, value.length, max)}: expected a shorter ${what}`,
      });
  });

/** `validFrom` not after `validTo` (dates of lower precision as their first day). */
const ordered = (v: { validFrom?: string | undefined; validTo?: string | undefined }) =>
  !v.validFrom || !v.validTo || firstDay(v.validFrom) <= firstDay(v.validTo);
const ORDERED = {
  message: 'validFrom is after validTo: expected validFrom on or before validTo',
  path: ['validFrom'],
};

/** A source file name: a `.txt` file directly in sources/. */
export const SOURCE_NAME = /^[^/\\]+\.txt$/;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export const slug = bounded('key', LIMITS.keyLength).regex(SLUG, {
  message: 'expected a lowercase slug [a-z0-9-]',
});
export const entityId = bounded('id', LIMITS.idLength).regex(ID, {
  message: 'expected an id of lowercase [a-z0-9-] segments joined by /',
});
/** Non-empty text of at most `max` characters (default: LIMITS.textLength). */
const textOf = (what: string, max: number) =>
  bounded(what, max).trim().min(1, { message: 'expected non-empty text' });
const text = textOf('text', LIMITS.textLength);
const name = textOf('name', LIMITS.nameLength);

export const evidenceSchema = z.strictObject({
  quote: bounded('quote', LIMITS.quoteLength).min(1, { message: 'expected a non-empty quote' }),
  section: text,
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type EvidenceEntry = z.infer<typeof evidenceSchema>;

const evidenceRequired = z
  .array(evidenceSchema)
  .min(1, { message: 'expected at least one evidence quote' });
const evidenceOptional = z.array(evidenceSchema).default([]);

export const areaSchema = z.strictObject({ id: slug, name, localAuthority: name });

/** Each date of a document with its meaning and the quote that states it. */
export const dateEntrySchema = z.strictObject({
  kind: z.enum(v.DATE_KINDS),
  date: isoDate,
  evidence: evidenceRequired,
});
export const governsSchema = z.strictObject({ body: entityId, evidence: evidenceRequired });
/** Notes on the document's own text: each needs the quote that shows it. */
const QUOTED_NOTE_KINDS: ReadonlySet<string> = new Set([
  'lost-figure',
  'lost-table',
  'ambiguity',
  'blank-field',
]);

/**
 * A note on what is missing, blank or ambiguous. A lost figure or table, an
 * ambiguity or a blank field needs the quote that shows it (a blank field:
 * the text around the blank, e.g. the empty table's cells); a `draft` or
 * `other` note may be about the file itself (a machine draft) and may have none.
 */
export const noteSchema = z
  .strictObject({
    kind: z.enum(v.NOTE_KINDS),
    text: textOf('note', LIMITS.noteLength),
    evidence: evidenceOptional,
  })
  .superRefine((n, ctx) => {
    if (QUOTED_NOTE_KINDS.has(n.kind) && n.evidence.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['evidence'],
        message: `a ${n.kind} note has no quote: expected at least one evidence quote that shows it (a blank field: the blank's text)`,
      });
    }
  });
/** What the document says it replaces, in its own words, with the quote that says so. */
export const replacesSchema = z.strictObject({
  text: text,
  evidence: evidenceRequired,
});

/** The document's stated aim, in its own words, with the quote that states it. */
export const aimSchema = z.strictObject({
  text: text,
  evidence: evidenceRequired,
});

/**
 * Basis (decision 0026): a fact is STATED by the document (the default) or
 * INTERPRETED, our reading beyond its words, and then `interpretation` says
 * why. `interpretation:` alone marks a fact INTERPRETED; `basis: INTERPRETED`
 * without a reason, or a reason on a STATED fact, is refused.
 */
export const basisFields = {
  basis: z.enum(v.BASES).optional(),
  interpretation: textOf('interpretation', LIMITS.noteLength).optional(),
};
type BasisEntry = { basis?: v.Basis | undefined; interpretation?: string | undefined };
export function checkBasis(entry: BasisEntry, ctx: z.RefinementCtx): void {
  if (entry.basis === 'INTERPRETED' && !entry.interpretation) {
    ctx.addIssue({
      code: 'custom',
      path: ['interpretation'],
      message:
        'an INTERPRETED fact has no reason: expected `interpretation: "<why the document is read so>"`',
    });
  }
  if (entry.basis === 'STATED' && entry.interpretation) {
    ctx.addIssue({
      code: 'custom',
      path: ['basis'],
      message:
        'a STATED fact with an interpretation: expected basis INTERPRETED (or no interpretation)',
    });
  }
}
/** The stored basis properties: nothing for a STATED fact (the default). */
export const basisProps = (entry: BasisEntry) =>
  entry.interpretation && entry.basis !== 'STATED'
    ? { basis: 'INTERPRETED' as const, interpretation: entry.interpretation }
    : {};

/** The document without its lists (which are checked item by item). */
export const documentCoreSchema = z.strictObject({
  id: entityId,
  source: z.string().regex(SOURCE_NAME, { message: 'expected a file name in sources/' }),
  title: text,
  kind: z.enum(v.DOCUMENT_KINDS),
  status: z.enum(v.DOCUMENT_STATUSES),
  version: z
    .union([bounded('version', LIMITS.nameLength), z.number()])
    .transform(String)
    .optional(),
  dates: z.unknown().optional(),
  effectiveFrom: isoDate.optional(),
  governs: z.unknown().optional(),
  notes: z.unknown().optional(),
  replaces: z.unknown().optional(),
  aims: z.unknown().optional(),
});

export type DocumentEntry = Omit<
  z.infer<typeof documentCoreSchema>,
  'dates' | 'governs' | 'notes' | 'replaces' | 'aims'
> & {
  dates: z.infer<typeof dateEntrySchema>[];
  governs: z.infer<typeof governsSchema>[];
  notes: z.infer<typeof noteSchema>[];
  replaces: z.infer<typeof replacesSchema>[];
  aims: z.infer<typeof aimSchema>[];
};

/**
 * A fact proposed by the reader (`npm run seed -- draft`), not yet reviewed:
 * the rule that produced it and how sure it is. Allowed only in a document
 * whose status is draft; a reviewer deletes it when they accept the fact.
 */
export const proposedSchema = z
  .strictObject({
    rule: bounded('rule', 120),
    confidence: z.number().min(0).max(1),
  })
  .optional();

const nodeBase = {
  proposed: proposedSchema,
  id: entityId,
  name,
  aliases: z
    .array(textOf('alias', LIMITS.nameLength))
    .max(LIMITS.aliasCount, { message: `more than ${LIMITS.aliasCount} aliases` })
    .default([]),
  evidence: evidenceOptional,
  ...basisFields,
};

export const nodeSchema = z
  .discriminatedUnion('label', [
    z
      .strictObject({
        ...nodeBase,
        label: z.literal('Body'),
        kind: z.enum(v.BODY_KINDS),
        function: z.enum(v.BODY_FUNCTIONS),
        statutory: z.enum(v.STATUTORY),
        validFrom: isoDate.optional(),
        validTo: isoDate.optional(),
        basedOn: z.array(entityId).default([]),
      })
      .refine(ordered, ORDERED)
      .refine((n) => (!n.validFrom && !n.validTo) || n.evidence.length > 0, {
        message:
          'a Body with validFrom/validTo has no evidence: expected a quote that states the dates',
        path: ['evidence'],
      }),
    z.strictObject({
      ...nodeBase,
      label: z.literal('Organisation'),
      kind: z.enum(v.ORGANISATION_KINDS),
    }),
    z.strictObject({ ...nodeBase, label: z.literal('Post'), kind: z.enum(v.POST_KINDS) }),
    z.strictObject({ ...nodeBase, label: z.literal('Person') }),
  ])
  .superRefine(checkBasis);
export type NodeEntry = z.infer<typeof nodeSchema>;

const relBase = {
  proposed: proposedSchema,
  from: entityId,
  to: entityId,
  key: slug.optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  evidence: evidenceRequired,
  ...basisFields,
};
const optionalText = text.optional();

export const relationshipSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      ...relBase,
      type: z.literal('MEMBER_OF'),
      capacity: z.enum(v.MEMBER_CAPACITIES),
      note: textOf('note', LIMITS.noteLength).optional(),
    }),
    z.strictObject({
      ...relBase,
      type: z.literal('CHAIRS'),
      role: z.enum(v.CHAIR_ROLES).optional(),
    }),
    z.strictObject({ ...relBase, type: z.literal('SUBGROUP_OF'), joint: z.boolean().optional() }),
    z.strictObject({ ...relBase, type: z.literal('HOLDS_TO_ACCOUNT'), mode: z.enum(v.HOLD_MODES) }),
    z.strictObject({
      ...relBase,
      type: z.literal('ACCOUNTABLE_TO'),
      mode: z.enum(v.ACCOUNTABLE_MODES).optional(),
    }),
    z.strictObject({
      ...relBase,
      type: z.literal('REPORTS_TO'),
      artefact: text,
      cadence: optionalText,
      timing: optionalText,
      presenter: entityId.optional(),
    }),
    z.strictObject({ ...relBase, type: z.literal('CONSULTS'), subject: text }),
    z.strictObject({ ...relBase, type: z.literal('ADVISES'), subject: optionalText }),
    z.strictObject({ ...relBase, type: z.literal('INFORMS'), subject: optionalText }),
    z.strictObject({
      ...relBase,
      type: z.literal('ESCALATES_TO'),
      route: slug,
      step: z.number().int().positive(),
    }),
    z.strictObject({ ...relBase, type: z.literal('SUPPORTS'), subject: optionalText }),
    z.strictObject({ ...relBase, type: z.literal('SUCCEEDED_BY'), date: isoDate.optional() }),
    z.strictObject({ ...relBase, type: z.literal('DELEGATES_TO'), what: text }),
    z.strictObject({ ...relBase, type: z.literal('REPRESENTS'), subject: optionalText }),
    z.strictObject({ ...relBase, type: z.literal('COVERS') }),
    z.strictObject({ ...relBase, type: z.literal('POST_OF') }),
    z.strictObject({ ...relBase, type: z.literal('HOLDS_POST') }),
    z.strictObject({
      ...relBase,
      type: z.literal('SIGNED'),
      date: isoDate.optional(),
      signatureBlank: z.boolean().optional(),
    }),
    z.strictObject({ ...relBase, type: z.literal('SAFEGUARDING_PARTNER_OF') }),
  ])
  .refine(ordered, ORDERED)
  .superRefine(checkBasis);
export type RelationshipEntry = z.infer<typeof relationshipSchema>;

export const obligationSchema = z
  .strictObject({
    proposed: proposedSchema,
    id: entityId,
    holders: z.array(entityId).min(1, { message: 'expected at least one holder' }),
    text: textOf('obligation', LIMITS.obligationLength),
    modality: z.enum(v.MODALITIES),
    dutyTypes: z
      .array(z.string().regex(/^[A-Z0-9_]+$/, { message: 'expected a duty type CODE' }))
      .min(1, { message: 'expected at least one duty type code' }),
    /** `true`/`false`, or the holders the document says lead. */
    lead: z.union([z.boolean(), z.array(entityId)]).default(false),
    shared: z.boolean().default(false),
    cadence: optionalText,
    deadline: z
      .strictObject({
        value: z.number().positive(),
        unit: z.enum(v.DEADLINE_UNITS),
        anchor: optionalText,
      })
      .optional(),
    dischargedThrough: z
      .array(z.strictObject({ body: entityId, evidence: evidenceRequired }))
      .default([]),
    basedOn: z
      .array(z.strictObject({ provision: entityId, evidence: evidenceRequired }))
      .default([]),
    validFrom: isoDate.optional(),
    validTo: isoDate.optional(),
    evidence: evidenceRequired,
    ...basisFields,
  })
  .refine(ordered, ORDERED)
  .superRefine(checkBasis);
export type ObligationEntry = z.infer<typeof obligationSchema>;

export type AreaEntry = z.infer<typeof areaSchema>;

/** Top-level keys of an area file, in their documented order. */
export const TOP_LEVEL_KEYS = [
  'area',
  'document',
  'nodes',
  'relationships',
  'obligations',
] as const;
