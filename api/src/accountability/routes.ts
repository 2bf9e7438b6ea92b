import type { RelationshipRecord } from '../graph/records.ts';
import { compareIds as compare, currentAt } from '@accgraph/schema';

/** One escalation route: its ESCALATES_TO steps and where it ends. */
export interface RouteGroup {
  /** The route slug as stated; null when a statement names none. */
  route: string | null;
  /** Ordered by step, then from id, then to id, then relationship id. */
  steps: RelationshipRecord[];
  /** Targets of the route's steps that escalate no further on it, ordered by id. */
  endsAt: string[];
}

const routeOf = (r: RelationshipRecord) =>
  typeof r.props.route === 'string' ? r.props.route : null;
const stepOf = (r: RelationshipRecord) =>
  typeof r.props.step === 'number' ? r.props.step : Number.MAX_SAFE_INTEGER;

/**
 * The ESCALATES_TO statements among `records` current at `asOf`, grouped by
 * route (ordered by route slug, an unnamed route last), optionally only `route`.
 */
export function escalationRoutes(
  records: readonly RelationshipRecord[],
  asOf: string | undefined,
  route?: string | null,
): RouteGroup[] {
  const groups = new Map<string | null, RelationshipRecord[]>();
  for (const r of records) {
    if (r.type !== 'ESCALATES_TO' || !currentAt(r.props, asOf)) continue;
    const name = routeOf(r);
    if (route != null && name !== route) continue;
    const group = groups.get(name);
    if (group) group.push(r);
    else groups.set(name, [r]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : compare(a, b)))
    .map(([name, steps]) => {
      steps.sort(
        (a, b) =>
          stepOf(a) - stepOf(b) ||
          compare(a.from, b.from) ||
          compare(a.to, b.to) ||
          compare(a.id, b.id),
      );
      const sources = new Set(steps.map((s) => s.from));
      const endsAt = [...new Set(steps.map((s) => s.to))].filter((id) => !sources.has(id));
      return { route: name, steps, endsAt: endsAt.sort(compare) };
    });
}
