import type { CSSProperties } from 'react';
import type { NodeStyle } from '../../graph/styleRules';
import type { FlowNodeData, FlowNodeType } from '../../graph/toFlow';
import { NodeFindingBadge } from '../FindingBadge';
import { lookClass } from './looks';
import { anchorsFor } from './NodeHandles';

interface NodeCardProps {
  id: string;
  variant: FlowNodeType;
  data: FlowNodeData;
  selected: boolean;
}

const DIFF_TEXT: Record<string, string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

/** The reader's styling rule on top of the look (colour, and size drawn around the centre). */
function ruledStyle(s: NodeStyle): CSSProperties {
  return {
    ...(s.fill ? { background: s.fill } : {}),
    ...(s.ink ? { color: s.ink } : {}),
    ...(s.border ? { borderColor: s.border } : {}),
    ...(s.scale && s.scale !== 1 ? { transform: `scale(${s.scale})` } : {}),
  };
}

/** The look shared by every node: the name as its main text, a detail line under it. */
export function NodeCard({ id, variant, data, selected }: NodeCardProps) {
  const { appearance } = data;
  const d = data.decoration;
  const diff = d?.diff && d.diff !== 'unchanged' ? d.diff : null;
  return (
    <div
      className={`ag-node ag-node--${variant} ${lookClass(appearance)}${selected ? ' ag-node--selected' : ''}`}
      data-label={data.label}
      data-function={data.function ?? undefined}
      data-diff={diff ?? undefined}
      data-emphasis={d?.emphasis ?? undefined}
      data-styled={d?.style ? 'true' : undefined}
      style={d?.style ? ruledStyle(d.style) : undefined}
    >
      {anchorsFor(data.sides)}
      {diff || d?.hidden ? (
        <div className="ag-node__tags">
          {diff ? <span className={`ag-tag ag-tag--${diff}`}>{DIFF_TEXT[diff]}</span> : null}
          {d?.hidden ? (
            <span className="ag-tag" title={`${d.hidden} more tied to it, not drawn`}>
              +{d.hidden}
            </span>
          ) : null}
        </div>
      ) : null}
      {d?.flag ? (
        <NodeFindingBadge flag={d.flag} subject={data.name} slotKey={`node:${id}`} />
      ) : null}
      <div className="ag-node__name">{data.name}</div>
      <div className="ag-node__detail">{data.detail}</div>
    </div>
  );
}
