/**
 * The area picker's summary of an area's documents (`Area.documentYears`,
 * `Area.documentTitles`): what its options show, without every document's
 * fields (issue 12 point 6).
 */
type Summarised = { readonly year: number | null; readonly title: string };

/** The distinct years the documents took effect, ascending (documents without one are skipped). */
export function documentYears(documents: readonly Summarised[]): number[] {
  const years = new Set<number>();
  for (const d of documents) if (typeof d.year === 'number') years.add(d.year);
  return [...years].sort((a, b) => a - b);
}

/** The documents' titles, oldest first (as `documents` orders them). */
export function documentTitles(documents: readonly Summarised[]): string[] {
  return documents.map((d) => d.title);
}
