/**
 * Everything an area's workspace reads from the API, as one hook: the
 * area's graph, its findings and flags, the open chain, post and diff, and
 * the expanded neighbourhoods. Thin: each part is a hook of ./hooks.ts.
 */
import { findingScope, type TimeSelection } from '../graph/documents';
import type { ExplorerState } from '../graph/urlState';
import {
  useAccountability,
  useAreaGraph,
  useDiff,
  useFindingFlags,
  useFindings,
  usePostObligations,
} from './hooks';
import { useNeighbourhoods } from './useNeighbourhoods';

export function useWorkspaceData(areaId: string, time: TimeSelection, state: ExplorerState) {
  const asOf = time.asOf;
  const diffPair = state.diff;
  const scope = findingScope(areaId, state.asOf, time);
  return {
    area: useAreaGraph(areaId, asOf, diffPair !== null),
    flags: useFindingFlags(scope),
    findings: useFindings(findingScope(areaId, state.asOf, time, state.law === 'today')),
    chain: useAccountability(state.chain, state.dir, asOf),
    post: usePostObligations(state.post, asOf),
    diff: useDiff(diffPair),
    neighbourhoods: useNeighbourhoods(state.expanded, asOf, diffPair !== null),
  };
}

export type WorkspaceData = ReturnType<typeof useWorkspaceData>;
