import { useQuery } from '@apollo/client/react';
import { EDITING_ME_QUERY } from './operations';

export interface EditRights {
  /** True when the signed-in account may edit this area (editor or admin, per area where set). */
  canEdit: boolean;
  /** The area's current version: what an edit sends as expectedVersion. */
  version: number | null;
  displayName: string | null;
  refetch: () => Promise<unknown>;
}

/**
 * Whether to offer edit actions in an area: the account's role there (its
 * area role where set, else its deployment role), as the server decides.
 * Viewers and anonymous readers see no edit action; the server refuses them
 * anyway (FORBIDDEN / UNAUTHENTICATED).
 */
export function useCanEdit(areaId: string): EditRights {
  const q = useQuery(EDITING_ME_QUERY, {
    variables: { areaId },
    fetchPolicy: 'cache-and-network',
  });
  const me = q.data?.me ?? null;
  const role = me?.areaRoles.find((r) => r.areaId === areaId)?.role ?? me?.role ?? null;
  return {
    canEdit: role === 'EDITOR' || role === 'ADMIN',
    version: q.data?.areaVersions.current ?? null,
    displayName: me?.displayName ?? null,
    refetch: () => q.refetch(),
  };
}
