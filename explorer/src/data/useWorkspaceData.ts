/**
 * Everything an area's workspace reads from the API, as one hook: the
 * area's graph, its findings and flags, the open chain, post and diff, and
 * the expanded neighbourhoods. Thin: each part is a hook of ./hooks.ts.
 */
import { askedTime, findingScope, type TimeSelection } from '../graph/documents';
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
  // The same variables App's first-view requests used (from the URL), so those answers are reused.
  const asked = askedTime(state.asOf, state.doc, time);
  const scope = findingScope(areaId, asked);
  return {
    area: useAreaGraph(areaId, asked.asOf, diffPair !== null, asked.documentId),
    flags: useFindingFlags(scope),
    findings: useFindings(findingScope(areaId, asked, state.law === 'today')),
    chain: useAccountability(state.chain, state.dir, asOf),
    post: usePostObligations(state.post, asOf),
    diff: useDiff(diffPair),
    neighbourhoods: useNeighbourhoods(state.expanded, asOf, diffPair !== null),
  };
}

export type WorkspaceData = ReturnType<typeof useWorkspaceData>;
