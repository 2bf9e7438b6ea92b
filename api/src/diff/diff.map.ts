import { derivedOnce, keptPerKey } from '../cache.ts';
import { paginate, type PageArgs } from '../graph/connection.ts';
import { QuoteList, toNode, toRelationship } from '../graph/map.ts';
import type { Relationship } from '../graph/relationship.types.ts';
import type { Node } from '../graph/node.interface.ts';
import type { Body, Obligation } from '../graph/node.types.ts';
import type { NodeRecord } from '../graph/records.ts';
import type { BodyDiffRecord, BodyPresence } from './bodies.diff.ts';
import type { ObligationStatement, PropertyDelta } from './diff.model.ts';
import {
  BodyChange,
  BodyDiff,
  DiffBody,
  DiffObligation,
  ObligationChange,
  ObligationDiff,
  PropertyChange,
  RelationshipChange,
  RelationshipDiff,
  RelationshipDiffPage,
} from './diff.type.ts';
import type { ObligationDiffRecord } from './obligations.match.ts';
import type { RelationshipDiffRecord } from './relationships.diff.ts';

const changesOf = (deltas: PropertyDelta[]) =>
  deltas.map((d) => Object.assign(new PropertyChange(), d));

function diffBody(p: BodyPresence): DiffBody {
  const documents = new Set(p.documentIds);
  return Object.assign(new DiffBody(), {
    body: toNode(p.record) as Body,
    evidence: p.record.evidence.filter((e) => documents.has(e.documentId)),
    relationshipIds: p.relationshipIds,
  });
}

export function toBodyDiff(d: BodyDiffRecord): BodyDiff {
  return Object.assign(new BodyDiff(), {
    added: d.added.map(diffBody),
    removed: d.removed.map(diffBody),
    changed: d.changed.map((c) =>
      Object.assign(new BodyChange(), {
        body: toNode(c.record) as Body,
        changes: changesOf(c.changes),
      }),
    ),
    unchanged: d.unchanged,
  });
}

export function toRelationshipDiff(d: RelationshipDiffRecord): RelationshipDiff {
  const quotes = new QuoteList();
  for (const r of [...d.added, ...d.removed]) quotes.refer(r.evidence);
  return Object.assign(new RelationshipDiff(), {
    added: d.added.map(toRelationship),
    removed: d.removed.map(toRelationship),
    changed: d.changed.map((c) =>
      Object.assign(new RelationshipChange(), {
        type: c.after.type,
        fromId: c.after.from,
        toId: c.after.to,
        key: typeof c.after.props.key === 'string' ? c.after.props.key : null,
        before: toRelationship(c.before),
        after: toRelationship(c.after),
        changes: changesOf(c.changes),
      }),
    ),
    unchanged: d.unchanged,
    evidence: quotes.list(),
    addedCount: d.added.length,
    removedCount: d.removed.length,
  });
}

/** `added` then `removed`, each item with the list it came from: what `page` cuts into pages. */
const pagedItems = derivedOnce((d: RelationshipDiff) => [
  ...d.added.map((r) => ({ r, added: true })),
  ...d.removed.map((r) => ({ r, added: false })),
]);

/** Pages kept per shaped diff, by `after|first` (at most PAGES_KEPT per diff, the oldest out first). */
const PAGES_KEPT = 64;
const keptPages = keptPerKey<RelationshipDiff, RelationshipDiffPage>(PAGES_KEPT);

/**
 * One page of a shaped diff's added and removed relationships, with its
 * quotes once each (RelationshipDiff.page). The diff is shaped once per write
 * generation (diff.resolver.ts), and so is each page asked for: a request
 * for a page already built answers the same objects.
 */
export function relationshipPage(d: RelationshipDiff, args: PageArgs): RelationshipDiffPage {
  return keptPages(d, `${args.after ?? ''}|${args.first ?? ''}`, () => buildPage(d, args));
}

function buildPage(d: RelationshipDiff, args: PageArgs): RelationshipDiffPage {
  const page = paginate(pagedItems(d), args, (item) => item.r.id);
  const quotes = new QuoteList();
  const added: Relationship[] = [];
  const removed: Relationship[] = [];
  for (const { node } of page.edges) {
    quotes.refer(node.r.evidence);
    (node.added ? added : removed).push(node.r);
  }
  return Object.assign(new RelationshipDiffPage(), {
    totalCount: page.totalCount,
    pageInfo: page.pageInfo,
    added,
    removed,
    evidence: quotes.list(),
  });
}
/** Obligations as GraphQL objects; holders come from the nodes already read. */
export function toObligationDiff(
  d: ObligationDiffRecord,
  nodes: ReadonlyMap<string, NodeRecord>,
): ObligationDiff {
  const entry = (o: ObligationStatement) =>
    Object.assign(new DiffObligation(), {
      obligation: toNode(o.record) as Obligation,
      holderIds: o.holders,
      holders: o.holders.flatMap((id): Node[] => {
        const record = nodes.get(id);
        return record ? [toNode(record)] : [];
      }),
      dutyTypes: o.dutyTypes,
    });
  return Object.assign(new ObligationDiff(), {
    added: d.added.map(entry),
    removed: d.removed.map(entry),
    changed: d.changed.map((c) =>
      Object.assign(new ObligationChange(), {
        before: entry(c.before),
        after: entry(c.after),
        matchedBy: c.matchedBy,
        similarity: c.similarity,
        changes: changesOf(c.changes),
      }),
    ),
    unchanged: d.unchanged,
    addedCount: d.added.length,
    removedCount: d.removed.length,
  });
}
