import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { assertId } from '../graph/input.ts';
import { ExportService } from './export.service.ts';

/**
 * `exportArea` answers a String, not a JSON scalar: the canonical form is
 * defined byte for byte (sorted keys, two-space indentation, final newline;
 * docs/data-model.md), and only a string carries those bytes through a
 * GraphQL response unchanged. A client saves it as is and `npm run seed --
 * import` reads it back; `JSON.parse` gives the object.
 */
@Resolver()
export class ExportResolver {
  @Query(() => String, {
    description:
      'The canonical JSON (format accgraph-export/1, docs/data-model.md) of one area: its nodes, its relationships and ' +
      'the taxonomy and national nodes they reach, with every quote; nodes and relationships ordered by id, keys sorted. ' +
      'Exactly the bytes `npm run seed -- export --area <id>` writes (a String so the bytes are kept; JSON.parse it). ' +
      'Unknown area: NOT_FOUND.',
  })
  exportArea(
    @Arg('id', () => ID, { description: 'The area, e.g. "wiltshire".' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return ctx.services.get(ExportService).areaJson(assertId(id));
  }
}
