import { memo, useCallback, type MouseEvent } from 'react';
import type { FlagSummary } from '../graph/decorations';
import { useCanvasActions } from './canvasActions';

interface FindingBadgeProps {
  flag: FlagSummary;
  /** What it is on, for the accessible name. */
  subject: string;
}

/** "⚑ 2": findings on a node or edge; opens them in the findings panel. */
export const FindingBadge = memo(function FindingBadge({ flag, subject }: FindingBadgeProps) {
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
  }) on ${subject}: open`;
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
