/**
 * The table view's rows and their CSV: built from the same view graph and
 * decorations as the canvas, so the table lists exactly what is drawn.
 */
import { edgeAppearance } from './appearance';
import type { Decorations } from './decorations';
import { humanise } from './toFlow';
import type { ViewGraph } from './view';

export interface NodeRow {
  id: string;
  name: string;
  label: string;
  kind: string;
  function: string;
  findings: number;
  diff: string;
  highlighted: boolean;
}

export interface EdgeRow {
  id: string;
  source: string;
  sourceName: string;
  relationship: string;
  type: string;
  target: string;
  targetName: string;
  documents: string;
  statements: number;
  findings: number;
  diff: string;
  highlighted: boolean;
  /** STATED, or INTERPRETED when every statement drawn is our reading (decision 0026). */
  basis: 'STATED' | 'INTERPRETED';
  interpretation: string;
}

export function tableRows(
  view: ViewGraph,
  decorations: Decorations,
): { nodes: NodeRow[]; edges: EdgeRow[] } {
  const names = new Map(view.nodes.map((n) => [n.id, n.name]));
  const nodes = view.nodes.map((n) => {
    const d = decorations.nodes.get(n.id);
    return {
      id: n.id,
      name: n.name,
      label: n.label,
      kind: n.kind ? humanise(n.kind) : '',
      function: n.function && n.function !== 'not-stated' ? n.function : '',
      findings: d?.flag?.count ?? 0,
      diff: d?.diff && d.diff !== 'unchanged' ? d.diff : '',
      highlighted: d?.emphasis === 'on' || d?.emphasis === 'subject',
    };
  });
  const edges = view.edges.map((e) => {
    const d = decorations.edges.get(e.id);
    return {
      id: e.id,
      source: e.source,
      sourceName: names.get(e.source) ?? e.source,
      relationship: edgeAppearance(e.type).verb,
      type: e.type,
      target: e.target,
      targetName: names.get(e.target) ?? e.target,
      documents: e.documentIds.join(' '),
      statements: e.apiEdgeIds.length,
      findings: d?.flag?.count ?? 0,
      diff: d?.diff && d.diff !== 'unchanged' ? d.diff : '',
      highlighted: d?.emphasis === 'on',
      basis: e.interpretation === null ? ('STATED' as const) : ('INTERPRETED' as const),
      interpretation: e.interpretation ?? '',
    };
  });
  return { nodes, edges };
}

/** RFC 4180: quote fields with commas, quotes or line breaks; CRLF between records. */
export function toCsv(rows: readonly (readonly (string | number | boolean)[])[]): string {
  const field = (v: string | number | boolean): string => {
    const s = String(v);
    // A leading =, +, - or @ would run as a formula in a spreadsheet.
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export function nodesCsv(rows: readonly NodeRow[]): string {
  return toCsv([
    ['id', 'name', 'label', 'kind', 'function', 'findings', 'diff', 'highlighted'],
    ...rows.map((r) => [
      r.id,
      r.name,
      r.label,
      r.kind,
      r.function,
      r.findings,
      r.diff,
      r.highlighted,
    ]),
  ]);
}

export function edgesCsv(rows: readonly EdgeRow[]): string {
  return toCsv([
    [
      'id',
      'source',
      'source_name',
      'relationship',
      'type',
      'target',
      'target_name',
      'documents',
      'statements',
      'findings',
      'diff',
      'highlighted',
      'basis',
      'interpretation',
    ],
    ...rows.map((r) => [
      r.id,
      r.source,
      r.sourceName,
      r.relationship,
      r.type,
      r.target,
      r.targetName,
      r.documents,
      r.statements,
      r.findings,
      r.diff,
      r.highlighted,
      r.basis,
      r.interpretation,
    ]),
  ]);
}
