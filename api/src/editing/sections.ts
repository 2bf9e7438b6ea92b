import { headingLines } from '@accgraph/schema';

/**
 * The section of a selected passage: the nearest heading line (the domain
 * core's rule, `headingLines`, the same one checkEvidence applies) that ends
 * before the selection starts; null when none does.
 */
export function sectionBefore(text: string, offset: number): string | null {
  let found: string | null = null;
  for (const h of headingLines(text)) {
    if (h.end > offset) break;
    found = h.heading;
  }
  return found;
}
