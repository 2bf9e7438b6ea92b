import { z } from 'zod';
import * as v from '@accgraph/schema';
import { isIsoDate } from '@accgraph/schema';

export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'invalid date: expected YYYY-MM-DD, YYYY-MM or YYYY' });

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export const slug = z.string().regex(SLUG, { message: 'expected a lowercase slug [a-z0-9-]' });
export const entityId = z
  .string()
  .regex(ID, { message: 'expected an id of lowercase [a-z0-9-] segments joined by /' });
const text = z.string().trim().min(1, { message: 'expected non-empty text' });

export const evidenceSchema = z.strictObject({
  quote: z.string().min(1, { message: 'expected a non-empty quote' }),
  section: text,
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type EvidenceEntry = z.infer<typeof evidenceSchema>;

const evidenceRequired = z
  .array(evidenceSchema)
  .min(1, { message: 'expected at least one evidence quote' });
const evidenceOptional = z.array(evidenceSchema).default([]);

export const areaSchema = z.strictObject({ id: slug, name: text, localAuthority: text });

export const dateEntrySchema = z.strictObject({
  kind: z.enum(v.DATE_KINDS),
  date: isoDate,
  evidence: evidenceOptional,
});
export const governsSchema = z.strictObject({ body: entityId, evidence: evidenceRequired });
export const noteSchema = z.strictObject({
  kind: z.enum(v.NOTE_KINDS),
  text,
  evidence: evidenceOptional,
});

/** The document without its lists (which are checked item by item). */
export const documentCoreSchema = z.strictObject({
  id: entityId,
  source: z.string().regex(/^[^/\\]+\.txt$/, { message: 'expected a file name in sources/' }),
  title: text,
  kind: z.enum(v.DOCUMENT_KINDS),
  status: z.enum(v.DOCUMENT_STATUSES),
  version: z.union([z.string(), z.number()]).transform(String).optional(),
  dates: z.unknown().optional(),
  effectiveFrom: isoDate.optional(),
  governs: z.unknown().optional(),
  notes: z.unknown().optional(),
});

export type DocumentEntry = Omit<
  z.infer<typeof documentCoreSchema>,
  'dates' | 'governs' | 'notes'
> & {
  dates: z.infer<typeof dateEntrySchema>[];
  governs: z.infer<typeof governsSchema>[];
  notes: z.infer<typeof noteSchema>[];
};

const nodeBase = {
  id: entityId,
  name: text,
  aliases: z.array(text).default([]),
  evidence: evidenceOptional,
};

export const nodeSchema = z.discriminatedUnion('label', [
  z.strictObject({
    ...nodeBase,
    label: z.literal('Body'),
    kind: z.enum(v.BODY_KINDS),
    function: z.enum(v.BODY_FUNCTIONS),
    statutory: z.enum(v.STATUTORY),
    validFrom: isoDate.optional(),
    validTo: isoDate.optional(),
    basedOn: z.array(entityId).default([]),
  }),
  z.strictObject({
    ...nodeBase,
    label: z.literal('Organisation'),
    kind: z.enum(v.ORGANISATION_KINDS),
  }),
  z.strictObject({ ...nodeBase, label: z.literal('Post'), kind: z.enum(v.POST_KINDS) }),
  z.strictObject({ ...nodeBase, label: z.literal('Person') }),
]);
export type NodeEntry = z.infer<typeof nodeSchema>;

const relBase = {
  from: entityId,
  to: entityId,
  key: slug.optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  evidence: evidenceRequired,
};
const optionalText = text.optional();

export const relationshipSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...relBase,
    type: z.literal('MEMBER_OF'),
    capacity: z.enum(v.MEMBER_CAPACITIES),
    note: optionalText,
  }),
  z.strictObject({ ...relBase, type: z.literal('CHAIRS') }),
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
  z.strictObject({ ...relBase, type: z.literal('POST_OF') }),
  z.strictObject({ ...relBase, type: z.literal('HOLDS_POST') }),
  z.strictObject({ ...relBase, type: z.literal('SIGNED'), date: isoDate.optional() }),
]);
export type RelationshipEntry = z.infer<typeof relationshipSchema>;

export const obligationSchema = z.strictObject({
  id: entityId,
  holders: z.array(entityId).min(1, { message: 'expected at least one holder' }),
  text,
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
  basedOn: z.array(z.strictObject({ provision: entityId, evidence: evidenceRequired })).default([]),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  evidence: evidenceRequired,
});
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
