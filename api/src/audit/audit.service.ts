import { ACCOUNTS_LOG } from '../auth/roles.ts';
import { BadUserInputError } from '../errors.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graph/connection.ts';
import type { ServiceDeps } from '../services.ts';
import { cypher } from '../store/index.ts';
import { toChangeRecord, type ChangeRecord } from './record.ts';

const LIST_CHANGES = cypher(import.meta.url, './list-changes.cypher');
const COUNT_CHANGES = cypher(import.meta.url, './count-changes.cypher');
const EXPORT_CHANGES = cypher(import.meta.url, './export-changes.cypher');

export interface ChangePage {
  items: ChangeRecord[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}

const encode = (seq: number) => Buffer.from(`change:${seq}`, 'utf8').toString('base64url');

function decode(cursor: string): number {
  const match = /^change:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match)
    throw new BadUserInputError('The "after" cursor is not a cursor of this list; start again.');
  return Number(match[1]);
}

export const changeCursor = encode;

/** The audit trail of an area: pages newest first, and the whole log as JSON Lines. */
export class AuditService {
  constructor(private readonly deps: ServiceDeps) {}

  /** One page of the area's changes, newest first, after the change `after` points at. */
  async changes(areaId: string, first: number | null, after: string | null): Promise<ChangePage> {
    const size = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
      throw new BadUserInputError(`"first" must be between 1 and ${MAX_PAGE_SIZE}, got ${size}.`);
    }
    const beforeSeq = after ? decode(after) : null;
    const [rows, counted] = await this.deps.store.readTransaction(
      async (tx) => [
        await tx.run(LIST_CHANGES.with({ areaId, beforeSeq, limit: size + 1 })),
        await tx.run(COUNT_CHANGES.with({ areaId })),
      ],
      { metadata: { app: 'api', action: 'changes', area: areaId } },
    );
    const items = rows.map(toChangeRecord);
    const totalCount = Number(counted[0]?.count ?? 0);
    // An area with a log is known even before it is published (a draft's changes).
    // (the accounts log is not an area: before its first entry it is empty, not unknown)
    if (totalCount === 0 && areaId !== ACCOUNTS_LOG)
      await this.deps.loaders.required(areaId, 'area');
    return {
      items: items.slice(0, size),
      hasNextPage: items.length > size,
      hasPreviousPage: beforeSeq !== null,
      totalCount,
    };
  }

  /** The whole log of the area, oldest first, one JSON object per line. */
  async exportChanges(areaId: string): Promise<string> {
    const rows = await this.deps.store.read(EXPORT_CHANGES.with({ areaId }), {
      metadata: { app: 'api', action: 'changes-export', area: areaId },
    });
    if (rows.length === 0 && areaId !== ACCOUNTS_LOG)
      await this.deps.loaders.required(areaId, 'area');
    return rows.map((row) => `${JSON.stringify(toChangeRecord(row))}\n`).join('');
  }
}
