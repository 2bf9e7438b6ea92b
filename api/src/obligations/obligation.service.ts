import { currentAt, dutyTypeId, type RelationshipType } from '@accgraph/schema';
import { toNode, toRelationship } from '../graph/map.ts';
import { NodeService } from '../graph/node.service.ts';
import { Body, Document, DutyType, Obligation, StatutoryProvision } from '../graph/node.types.ts';
import type { NodeRecord, RelationshipRecord } from '../graph/records.ts';
import type {
  BasedOnRelationship,
  DischargedThroughRelationship,
  HasObligationRelationship,
} from '../graph/relationship.types.ts';
import type { ServiceDeps } from '../services.ts';
import { ObligationBasis, ObligationChannel, ObligationHolder } from './obligation.type.ts';

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** Orders obligations by document, then id (the order every obligation list documents). */
export const byDocumentThenId = byKey<Obligation>((o) => `${o.documentId}\u0000${o.id}`);

/**
 * An obligation's holders, duty types, bases and channels, and the current
 * obligations of a set of holders. Every lookup goes through the request's
 * loaders, so a list of obligations costs one store round-trip per level.
 */
export class ObligationService {
  private readonly nodes: NodeService;

  constructor(private readonly deps: ServiceDeps) {
    this.nodes = deps.services.get(NodeService);
  }

  /** The obligation's statements of one type (all its document's statements: no period filter). */
  private links(id: string, type: RelationshipType, direction: 'IN' | 'OUT') {
    return this.nodes.relationshipRecords(id, { types: [type], direction, asOf: null });
  }

  /** Each relationship with the node at its other end, skipping dangling ends. */
  private async withEnds(records: RelationshipRecord[], end: 'from' | 'to') {
    const found = await this.deps.loaders.nodes(records.map((r) => r[end]));
    const byId = new Map<string, NodeRecord>(found.map((n) => [n.id, n]));
    return records.flatMap((r) => {
      const node = byId.get(r[end]);
      return node ? [{ record: r, node: toNode(node) }] : [];
    });
  }

  /** Holders ordered by holder id. */
  async holders(obligationId: string): Promise<ObligationHolder[]> {
    const pairs = await this.withEnds(
      await this.links(obligationId, 'HAS_OBLIGATION', 'IN'),
      'from',
    );
    return pairs
      .map(({ record, node }) => {
        const relationship = toRelationship(record) as HasObligationRelationship;
        return Object.assign(new ObligationHolder(), {
          holder: node,
          lead: relationship.lead === true,
          relationship,
        });
      })
      .sort(byKey((h) => h.holder.id));
  }

  /** Duty types ordered by code. */
  async dutyTypes(obligationId: string): Promise<DutyType[]> {
    const pairs = await this.withEnds(await this.links(obligationId, 'OF_TYPE', 'OUT'), 'to');
    return pairs
      .map((p) => p.node)
      .filter((n): n is DutyType => n instanceof DutyType)
      .sort(byKey((t) => t.code));
  }

  /** Cited provisions ordered by provision id. */
  async basedOn(obligationId: string): Promise<ObligationBasis[]> {
    const pairs = await this.withEnds(await this.links(obligationId, 'BASED_ON', 'OUT'), 'to');
    return pairs
      .filter((p) => p.node instanceof StatutoryProvision)
      .map(({ record, node }) =>
        Object.assign(new ObligationBasis(), {
          provision: node as StatutoryProvision,
          evidence: record.evidence,
          relationship: toRelationship(record) as BasedOnRelationship,
        }),
      )
      .sort(byKey((b) => b.provision.id));
  }

  /** Channels ordered by body id. */
  async dischargedThrough(obligationId: string): Promise<ObligationChannel[]> {
    const records = await this.links(obligationId, 'DISCHARGED_THROUGH', 'OUT');
    const pairs = await this.withEnds(records, 'to');
    return pairs
      .filter((p) => p.node instanceof Body)
      .map(({ record, node }) =>
        Object.assign(new ObligationChannel(), {
          body: node as Body,
          evidence: record.evidence,
          relationship: toRelationship(record) as DischargedThroughRelationship,
        }),
      )
      .sort(byKey((c) => c.body.id));
  }

  async document(documentId: string): Promise<Document | null> {
    const node = await this.nodes.byId(documentId);
    return node instanceof Document ? node : null;
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
  ): Promise<Map<string, Obligation[]>> {
    const service = this.nodes;
    const links = await Promise.all(
      holderIds.map((id) =>
        service.relationshipRecords(id, { types: ['HAS_OBLIGATION'], direction: 'OUT', asOf }),
      ),
    );
    const ids = [...new Set(links.flat().map((r) => r.to))];
    const records = (await this.deps.loaders.nodes(ids)).filter((r) => currentAt(r.props, asOf));
    let kept = records;
    if (codes) {
      const wanted = new Set(codes.map(dutyTypeId));
      const types = await Promise.all(records.map((r) => this.links(r.id, 'OF_TYPE', 'OUT')));
      kept = records.filter((_, i) => types[i]!.some((t) => wanted.has(t.to)));
    }
    const obligations = new Map<string, Obligation>();
    for (const record of kept) {
      const node = toNode(record);
      if (node instanceof Obligation) obligations.set(node.id, node);
    }
    return new Map(
      holderIds.map((id, i) => [
        id,
        links[i]!.map((r) => obligations.get(r.to))
          .filter((o): o is Obligation => o !== undefined)
          .filter((o, j, all) => all.findIndex((x) => x.id === o.id) === j)
          .sort(byDocumentThenId),
      ]),
    );
  }
}
