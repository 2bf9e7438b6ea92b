import { currentAt, dutyCodeOf, dutyTypeId, type RelationshipType } from '@accgraph/schema';
import { NodeService } from '../graph/node.service.ts';
import { str, type NodeRecord, type RelationshipRecord } from '../graph/records.ts';
import type { ServiceDeps } from '../services.ts';
import { readOnce } from '../cache.ts';
import type { EndData } from './obligations.model.ts';

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** Orders obligation records by document, then id (the order every obligation list documents). */
export const byDocumentThenId = byKey<NodeRecord>(
  (o) => `${str(o.props, 'documentId') ?? ''}\u0000${o.id}`,
);

const byEndId = byKey<EndData>((e) => e.node.id);

/**
 * An obligation's duty types, kept per obligation record: the request loaders
 * hand out one record per id per write generation (the graph cache `node`),
 * so this lives exactly as long as that record and a write (new records)
 * starts afresh; with graph caches off every request has new records and
 * nothing is kept. A failed read is not kept.
 */
const dutyTypesKept = readOnce<NodeRecord, NodeRecord[]>();

/**
 * An obligation's holders, duty types, bases and channels, and the current
 * obligations of a set of holders, as plain records (obligations.map.ts
 * shapes them). Every lookup goes through the request's loaders, so a list of
 * obligations costs one store round-trip per level.
 */
export class ObligationService {
  private readonly nodes: NodeService;

  constructor(private readonly deps: ServiceDeps) {
    this.nodes = deps.services.get(NodeService);
  }

  /** The obligation's statements of one type (all its document's statements: no period filter). */
  private links(id: string, type: RelationshipType, direction: 'IN' | 'OUT') {
    return this.nodes.relationships(id, { types: [type], direction, asOf: null });
  }

  /** Each relationship with the node at its other end, skipping dangling ends. */
  private async withEnds(records: RelationshipRecord[], end: 'from' | 'to'): Promise<EndData[]> {
    const found = await this.deps.loaders.nodes(records.map((r) => r[end]));
    const byId = new Map<string, NodeRecord>(found.map((n) => [n.id, n]));
    return records.flatMap((r) => {
      const node = byId.get(r[end]);
      return node ? [{ record: r, node }] : [];
    });
  }

  /** Holders ordered by holder id. */
  async holders(obligationId: string): Promise<EndData[]> {
    const links = await this.links(obligationId, 'HAS_OBLIGATION', 'IN');
    return (await this.withEnds(links, 'from')).sort(byEndId);
  }

  /** Duty types ordered by code. */
  async dutyTypes(obligationId: string): Promise<NodeRecord[]> {
    const pairs = await this.withEnds(await this.links(obligationId, 'OF_TYPE', 'OUT'), 'to');
    return pairs
      .map((p) => p.node)
      .filter((n) => n.label === 'DutyType')
      .sort(byKey((t) => str(t.props, 'code') ?? dutyCodeOf(t.id)));
  }

  /**
   * Duty types of many obligations at once (ordered by code, as `dutyTypes`),
   * by obligation id: what a list of obligations resolves before it is
   * shaped, so no obligation of it asks again field by field.
   */
  async dutyTypesOf(records: readonly NodeRecord[]): Promise<Map<string, NodeRecord[]>> {
    const lists = await Promise.all(
      records.map((r) => dutyTypesKept(r, () => this.dutyTypes(r.id))),
    );
    return new Map(records.map((r, i) => [r.id, lists[i]!]));
  }

  /** Cited provisions (with the citing statements) ordered by provision id. */
  async basedOn(obligationId: string): Promise<EndData[]> {
    const pairs = await this.withEnds(await this.links(obligationId, 'BASED_ON', 'OUT'), 'to');
    return pairs.filter((p) => p.node.label === 'StatutoryProvision').sort(byEndId);
  }

  /** Channels (with their statements) ordered by body id. */
  async dischargedThrough(obligationId: string): Promise<EndData[]> {
    const records = await this.links(obligationId, 'DISCHARGED_THROUGH', 'OUT');
    const pairs = await this.withEnds(records, 'to');
    return pairs.filter((p) => p.node.label === 'Body').sort(byEndId);
  }

  async document(documentId: string): Promise<NodeRecord | null> {
    const node = await this.nodes.byId(documentId);
    return node?.label === 'Document' ? node : null;
  }

  /**
   * The obligations each holder carries at `asOf` (HAS_OBLIGATION from the
   * holder and the obligation both current), optionally only those of the
   * given duty type codes; each list ordered by document, then id.
   */
  async currentOf(
    holderIds: readonly string[],
    asOf: string | undefined,
    codes: readonly string[] | null,
  ): Promise<Map<string, NodeRecord[]>> {
    const service = this.nodes;
    const links = await Promise.all(
      holderIds.map((id) =>
        service.relationships(id, { types: ['HAS_OBLIGATION'], direction: 'OUT', asOf }),
      ),
    );
    const ids = [...new Set(links.flat().map((r) => r.to))];
    const records = (await this.deps.loaders.nodes(ids)).filter(
      (r) => r.label === 'Obligation' && currentAt(r.props, asOf),
    );
    let kept = records;
    if (codes) {
      const wanted = new Set(codes.map(dutyTypeId));
      const types = await Promise.all(records.map((r) => this.links(r.id, 'OF_TYPE', 'OUT')));
      kept = records.filter((_, i) => types[i]!.some((t) => wanted.has(t.to)));
    }
    const obligations = new Map(kept.map((r) => [r.id, r]));
    return new Map(
      holderIds.map((id, i) => [
        id,
        [...new Set(links[i]!.map((r) => r.to))]
          .flatMap((to) => obligations.get(to) ?? [])
          .sort(byDocumentThenId),
      ]),
    );
  }
}
