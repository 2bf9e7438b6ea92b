import type { ReactNode } from 'react';
import type { FlowNodeData, FlowNodeType } from '../../graph/toFlow';
import { NodeHandles } from './NodeHandles';

interface NodeCardProps {
  variant: FlowNodeType;
  data: FlowNodeData;
  selected: boolean;
  /** A small mark before the detail line (e.g. the post's role). */
  badge?: ReactNode;
}

/** The look shared by every node: the name as its main text, a detail line under it. */
export function NodeCard({ variant, data, selected, badge }: NodeCardProps) {
  const { appearance } = data;
  return (
    <div
      className={`ag-node ag-node--${variant}${selected ? ' ag-node--selected' : ''}`}
      style={{
        background: appearance.fill,
        borderColor: appearance.border,
        color: appearance.text,
      }}
      data-label={data.label}
      data-function={data.function ?? undefined}
    >
      <NodeHandles />
      <div className="ag-node__name">{data.name}</div>
      <div className="ag-node__detail">
        {badge}
        {data.detail}
      </div>
    </div>
  );
}
