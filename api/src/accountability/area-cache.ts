import type { NodeRecord, RelationshipRecord } from '../graph/records.ts';

/** What the accountability feature needs of one area: its statements and their endpoints. */
export interface AreaBundle {
  areaId: string;
  /** Accountability and escalation statements of the area, all periods, ordered by id. */
  records: RelationshipRecord[];
  /** The endpoints of `records`, and the area's own nodes among them, by id. */
  nodes: Map<string, NodeRecord>;
}

interface Entry {
  hash: string;
  at: number;
  bundle: AreaBundle;
}

/**
 * A small per-process cache of area bundles. An entry is used only while the
 * area's `seedHash` (read on every request, one indexed lookup) is unchanged
 * and for at most `maxAgeMs`; areas stored without a seed hash (imported
 * graphs) are never cached. Measured win: docs/accountability.md.
 */
export class AreaCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxAgeMs = 60_000,
    private readonly maxEntries = 500,
    private readonly now: () => number = Date.now,
  ) {}

  get(areaId: string, hash: string | null): AreaBundle | null {
    const entry = this.entries.get(areaId);
    if (!entry || hash === null || entry.hash !== hash || this.now() - entry.at > this.maxAgeMs) {
      return null;
    }
    return entry.bundle;
  }

  set(hash: string | null, bundle: AreaBundle): void {
    if (hash === null) return;
    this.entries.delete(bundle.areaId);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(bundle.areaId, { hash, at: this.now(), bundle });
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The process-wide cache the accountability service uses. */
export const areaCache = new AreaCache();
