import { createContext, useContext } from 'react';
import type { ApiEvidence } from '../graph/types';
import type { ExplorerState } from '../graph/urlState';
import type { SetExplorerState } from './useExplorerState';

/** What every panel of an area needs: its state, names, and a way to act. */
export interface WorkspaceContextValue {
  areaId: string;
  areaName: string;
  /** The date statements are taken at (null: today). */
  asOf: string | null;
  /** The document the as-of switch shows (its own statements). */
  documentId: string | null;
  /** What is shown, by name not date: "in the 2014 protocol", or "on 2016-05-01" for a chosen date. */
  when: string;
  state: ExplorerState;
  set: SetExplorerState;
  /** Document titles by id. */
  titles: ReadonlyMap<string, string>;
  /** Node names by id (drawn nodes). */
  names: ReadonlyMap<string, string>;
  /** Ids drawn on the canvas. */
  drawn: ReadonlySet<string>;
  /** Open the source text with this quote highlighted. */
  openEvidence: (evidence: ApiEvidence) => void;
  /** Select something and centre the canvas on these nodes. */
  focus: (ids: readonly string[], select?: string | null) => void;
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace outside an area workspace');
  return value;
}
