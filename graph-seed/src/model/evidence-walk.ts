import type { EvidenceEntry } from './area-file.schema.ts';
import type { PathSegment } from '@accgraph/schema';

export interface EvidenceAt {
  /** Path of the evidence entry, e.g. `['relationships', 3, 'evidence', 0]`. */
  path: PathSegment[];
  entry: EvidenceEntry;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Every evidence entry (an item of an `evidence:` list with a string quote and
 * section) anywhere in a parsed area file, in file order. Works on files that
 * failed the schema check too (coverage and fix-offsets use it).
 */
export function walkEvidence(data: unknown): EvidenceAt[] {
  const out: EvidenceAt[] = [];
  const visit = (value: unknown, path: PathSegment[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'evidence' && Array.isArray(child)) {
        child.forEach((item: unknown, i) => {
          if (
            isRecord(item) &&
            typeof item.quote === 'string' &&
            typeof item.section === 'string'
          ) {
            const entry: EvidenceEntry = { quote: item.quote, section: item.section };
            if (typeof item.start === 'number') entry.start = item.start;
            if (typeof item.end === 'number') entry.end = item.end;
            out.push({ path: [...path, key, i], entry });
          }
        });
      } else {
        visit(child, [...path, key]);
      }
    }
  };
  visit(data, []);
  return out;
}
