import { createContext, useContext } from 'react';

/** What a node or edge badge can ask of the explorer. Stable for a canvas's life. */
export interface CanvasActions {
  /** A finding badge was clicked: open these findings. */
  openFindings: (findingIds: readonly string[]) => void;
}

const noop: CanvasActions = { openFindings: () => undefined };

export const CanvasActionsContext = createContext<CanvasActions>(noop);

export function useCanvasActions(): CanvasActions {
  return useContext(CanvasActionsContext);
}
