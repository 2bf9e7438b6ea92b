import { EdgeLabelRenderer, useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback, type CSSProperties, type MouseEvent } from 'react';
import type { FlagSummary } from '../graph/decorations';
import { useBadgeShift, useBadgeSlot, useCanvasActions } from './canvasActions';

interface FindingBadgeProps {
  flag: FlagSummary;
  /** What it is on, for the accessible name. */
  subject: string;
  /** Nearby badges merged into this one (zoomed out): how many things it stands for. */
  subjects?: number;
}

/** "⚑ 2": findings on a node or edge; opens them in the findings panel. */
export const FindingBadge = memo(function FindingBadge({
  flag,
  subject,
  subjects = 1,
}: FindingBadgeProps) {
  const { openFindings } = useCanvasActions();
  const onClick = useCallback(
    (event: MouseEvent) => {
      event.stopPropagation();
      openFindings(flag.findingIds);
    },
    [openFindings, flag.findingIds],
  );
  const label = `${flag.count} finding${flag.count === 1 ? '' : 's'} (${flag.severity.toLowerCase()}${
    flag.allAccepted ? ', accepted risk' : ''
  }) on ${subjects > 1 ? `${subject} and ${subjects - 1} more nearby` : subject}: open`;
  return (
    <button
      type="button"
      className={`ag-badge ag-badge--${flag.severity.toLowerCase()}${flag.allAccepted ? ' ag-badge--accepted' : ''} nodrag nopan`}
      onClick={onClick}
      aria-label={label}
      title={label}
      data-testid="finding-badge"
      data-finding-ids={flag.findingIds.join(' ')}
    >
      <span aria-hidden="true">⚑</span> {flag.count}
    </button>
  );
});

/**
 * Badges keep their size on screen whatever the canvas zoom (a pointer target
 * of at least 24 × 24 CSS px, WCAG 2.2 SC 2.5.8): they are drawn at
 * `scale(1 / zoom)` inside the zoomed viewport. Only the (few) flagged nodes
 * and edges subscribe to the zoom.
 */
const counterScale = (s: ReactFlowState) => 1 / s.transform[2];

interface PlacedBadgeProps extends FindingBadgeProps {
  /** `node:<id>` or `edge:<id>`, for merging badges that would overlap (AreaCanvas). */
  slotKey: string;
}

/**
 * The badge as drawn: standing for its neighbours too when they were merged
 * into it (zoomed out), or kept in place but invisible when it was merged
 * into another (so it can be measured again at the next zoom).
 */
function SlottedBadge({ slotKey, flag, subject }: PlacedBadgeProps) {
  const slot = useBadgeSlot(slotKey);
  if (!slot) return <FindingBadge flag={flag} subject={subject} />;
  if (slot.hidden) {
    return (
      <div className="ag-badge-merged" aria-hidden="true">
        <FindingBadge flag={flag} subject={subject} />
      </div>
    );
  }
  return <FindingBadge flag={slot.flag} subject={subject} subjects={slot.subjects} />;
}

/**
 * On a node: just above its top-right corner, outside the card, so it never
 * covers the node's name (the layout keeps room for it: ROW_GAP in
 * graph/flowElements; layers are further apart than that).
 */
export const NodeFindingBadge = memo(function NodeFindingBadge(props: PlacedBadgeProps) {
  const scale = useStore(counterScale);
  return (
    <div
      className="ag-node__flag"
      style={
        {
          '--ag-badge-scale': scale,
          transform: 'scale(var(--ag-badge-scale)) translate(-100%, calc(-100% - 4px))',
        } as CSSProperties
      }
      data-badge-key={props.slotKey}
    >
      <SlottedBadge {...props} />
    </div>
  );
});

interface EdgeFindingBadgeProps extends PlacedBadgeProps {
  /** The edge's label point (flow coordinates). */
  x: number;
  y: number;
  /** The edge's wording is drawn at (x, y): put the badge just under it. */
  belowLabel: boolean;
}

/** Half the height of an edge's wording (12 px text, 2 px padding), flow px. */
const LABEL_HALF_HEIGHT = 10;

/** On an edge: at its middle, or under its wording when that is shown. */
export const EdgeFindingBadge = memo(function EdgeFindingBadge({
  x,
  y,
  belowLabel,
  ...props
}: EdgeFindingBadgeProps) {
  const scale = useStore(counterScale);
  const shift = useBadgeShift(props.slotKey);
  const transform = `${
    belowLabel
      ? `translate(${x}px, ${y + LABEL_HALF_HEIGHT}px) scale(var(--ag-badge-scale)) translate(-50%, 3px)`
      : `translate(${x}px, ${y}px) scale(var(--ag-badge-scale)) translate(-50%, -50%)`
  }${shift ? ` translate(0, ${shift}px)` : ''}`;
  return (
    <EdgeLabelRenderer>
      <div
        className="ag-edge-badge nodrag nopan"
        style={{ '--ag-badge-scale': scale, transform } as CSSProperties}
        data-badge-key={props.slotKey}
        data-shift={shift}
      >
        <SlottedBadge {...props} />
      </div>
    </EdgeLabelRenderer>
  );
});
