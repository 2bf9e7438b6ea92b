import { type PropertyValue, type Taxonomy, isNational, dutyTypeId } from '@accgraph/schema';
import { basisProps, type RelationshipEntry } from './area-file.schema.ts';
import { type GraphBuilder, props, toEvidence } from './compile-context.ts';
import { effectiveFrom } from './ids.ts';
import type { AreaFile } from './schema-check.ts';

const STRUCTURAL = new Set([
  'type',
  'from',
  'to',
  'key',
  'evidence',
  'validFrom',
  'validTo',
  'proposed',
  'basis',
  'interpretation',
]);

/** The type-specific properties of a declared relationship (capacity, mode, ...). */
function declaredProperties(r: RelationshipEntry): Record<string, PropertyValue | undefined> {
  const out: Record<string, PropertyValue | undefined> = {};
  for (const [key, value] of Object.entries(r)) {
    if (!STRUCTURAL.has(key)) out[key] = value as PropertyValue | undefined;
  }
  return out;
}

function taxonomyNode(
  g: GraphBuilder,
  label: 'DutyType' | 'StatutoryProvision',
  entry: { id: string; properties: Record<string, PropertyValue> } | undefined,
) {
  if (entry)
    g.node({ id: entry.id, labels: [label], properties: { ...entry.properties }, evidence: [] });
}

/** Declared and derived relationships, Obligation nodes and the taxonomy nodes they cite. */
export function compileRelationships(g: GraphBuilder, files: AreaFile[], taxonomy: Taxonomy) {
  const partOf = new Set<string>();
  for (const f of files) {
    const doc = f.document;
    const validFrom = effectiveFrom(doc);
    g.rel(f, 'PART_OF', doc.id, g.areaId, {}, []);
    for (const { value: n } of f.nodes) {
      if (!isNational(n.id) && !partOf.has(n.id)) {
        partOf.add(n.id);
        g.rel(f, 'PART_OF', n.id, g.areaId, {}, []);
      }
      if (n.label === 'Body') {
        for (const p of n.basedOn) {
          taxonomyNode(g, 'StatutoryProvision', taxonomy.provisions?.get(p));
          g.rel(f, 'BASED_ON', n.id, p, {}, toEvidence(doc.id, n.evidence));
        }
      }
    }
    for (const gov of doc.governs) {
      g.rel(f, 'GOVERNS', doc.id, gov.body, {}, toEvidence(doc.id, gov.evidence));
    }
    for (const { value: r } of f.relationships) {
      g.rel(
        f,
        r.type,
        r.from,
        r.to,
        {
          ...declaredProperties(r),
          key: r.key,
          proposedRule: r.proposed?.rule,
          proposedConfidence: r.proposed?.confidence,
          ...basisProps(r),
          validFrom: r.validFrom ?? validFrom,
          validTo: r.validTo,
        },
        toEvidence(doc.id, r.evidence),
        r.key,
      );
    }
    for (const { value: o } of f.obligations) {
      const evidence = toEvidence(doc.id, o.evidence);
      const period = {
        validFrom: o.validFrom ?? validFrom,
        validTo: o.validTo ?? g.documentEnd(doc.id),
      };
      const leads = (holder: string) => (Array.isArray(o.lead) ? o.lead.includes(holder) : o.lead);
      g.node({
        id: o.id,
        labels: ['Obligation'],
        properties: props({
          areaId: g.areaId,
          documentId: doc.id,
          text: o.text,
          modality: o.modality,
          lead: Array.isArray(o.lead) ? o.lead.length > 0 : o.lead,
          shared: o.shared,
          cadence: o.cadence,
          deadlineValue: o.deadline?.value,
          deadlineUnit: o.deadline?.unit,
          deadlineAnchor: o.deadline?.anchor,
          proposedRule: o.proposed?.rule,
          proposedConfidence: o.proposed?.confidence,
          ...basisProps(o),
          ...period,
        }),
        evidence,
      });
      for (const holder of o.holders) {
        g.rel(f, 'HAS_OBLIGATION', holder, o.id, { ...period, lead: leads(holder) }, evidence);
      }
      for (const code of o.dutyTypes) {
        const entry = taxonomy.dutyTypes.get(code);
        taxonomyNode(g, 'DutyType', entry);
        g.rel(f, 'OF_TYPE', o.id, entry?.id ?? dutyTypeId(code), period, []);
      }
      for (const b of o.basedOn) {
        taxonomyNode(g, 'StatutoryProvision', taxonomy.provisions?.get(b.provision));
        g.rel(f, 'BASED_ON', o.id, b.provision, period, toEvidence(doc.id, b.evidence));
      }
      for (const d of o.dischargedThrough) {
        g.rel(f, 'DISCHARGED_THROUGH', o.id, d.body, period, toEvidence(doc.id, d.evidence));
      }
    }
  }
}
