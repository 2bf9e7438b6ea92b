import { describeError } from '../data/errors';
import type { WorkspaceData } from '../data/useWorkspaceData';
import type { ApiAreaDocument } from '../graph/types';
import type { ExplorerState } from '../graph/urlState';
import type { ViewEdge, ViewGraph } from '../graph/view';
import { ChainPanel } from './panels/ChainPanel';
import { DiffPanel } from './panels/DiffPanel';
import { EdgeDetails } from './panels/EdgeDetails';
import { FindingsPanel } from './panels/FindingsPanel';
import { IntroPanel } from './panels/IntroPanel';
import { NodeDetails } from './panels/NodeDetails';
import { ObligationsPanel } from './panels/ObligationsPanel';
import { StatusMessage } from './StatusMessage';

/** The side panel's stack: findings, chain, obligations, selection, diff; else the intro. */
export function SidePanels({
  data,
  state,
  selEdge,
  nodes,
  documents,
}: {
  data: WorkspaceData;
  state: ExplorerState;
  selEdge: ViewEdge | undefined;
  nodes: ViewGraph['nodes'];
  documents: readonly ApiAreaDocument[];
}) {
  const asError = (e: unknown) => (e ? <StatusMessage message={describeError(e)} /> : null);
  const { findings, chain, post, diff } = data;
  const panels = [];
  if (state.view === 'findings') {
    panels.push(
      <div key="findings">
        <FindingsPanel
          findings={findings.data?.findings}
          rules={findings.data?.rules ?? []}
          loading={findings.loading}
          error={asError(findings.error)}
        />
      </div>,
    );
  }
  if (state.chain) {
    panels.push(
      <ChainPanel
        key="chain"
        subjectId={state.chain}
        result={chain.data}
        loading={chain.loading}
        error={asError(chain.error)}
      />,
    );
  }
  if (state.post) {
    panels.push(
      <ObligationsPanel
        key="post"
        postId={state.post}
        result={post.data}
        loading={post.loading}
        error={asError(post.error)}
      />,
    );
  }
  if (state.sel) {
    panels.push(
      selEdge ? (
        <EdgeDetails key={`e:${selEdge.id}`} edge={selEdge} />
      ) : (
        <NodeDetails key={`n:${state.sel}`} id={state.sel} />
      ),
    );
  }
  if (state.diff) {
    panels.push(
      <DiffPanel key="diff" diff={diff.data} loading={diff.loading} error={asError(diff.error)} />,
    );
  }
  if (panels.length === 0) {
    panels.push(
      <IntroPanel
        key="intro"
        nodes={nodes}
        documents={documents}
        findingCount={findings.data?.findings.length}
      />,
    );
  }
  return <>{panels}</>;
}
