import { firstDay, isCurrent, today } from '@accgraph/schema';
import { AreaService } from '../area/area.service.ts';
import type { Context } from '../context.ts';
import { toNodeOf } from '../graph/map.ts';
import { dateOf } from './period.ts';
import { DocumentCount } from './documents.type.ts';

/**
 * For an answer that is empty at `asOf` (null: today): the area's other
 * documents whose own statements do give results, with how many (`count`
 * answers for a date), oldest first. None for an area without documents
 * (a national subject's "area").
 */
export async function elsewhere(
  ctx: Context,
  areaId: string,
  asOf: string | null,
  count: (date: string) => Promise<number>,
): Promise<DocumentCount[]> {
  const at = firstDay(asOf ?? today());
  const out: DocumentCount[] = [];
  for (const record of await ctx.services.get(AreaService).documents(areaId)) {
    const document = toNodeOf(record, 'Document');
    if (!document) continue;
    if (isCurrent(document.effectiveFrom, document.effectiveTo, at)) continue;
    const n = await count(
      dateOf({
        documentId: document.id,
        areaId,
        from: document.effectiveFrom,
        to: document.effectiveTo,
      }),
    );
    if (n > 0) out.push(Object.assign(new DocumentCount(), { document, count: n }));
  }
  return out;
}
