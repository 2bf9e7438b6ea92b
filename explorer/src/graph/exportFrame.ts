/**
 * What frames an exported picture of the graph: a title, the area, the
 * document, the date, and a legend of the node colours and the relationship
 * types drawn. Pure; ../flow/exportImage.ts paints it around the graph.
 */
import {
  BODY_FUNCTION_APPEARANCE,
  LABEL_APPEARANCE,
  edgeAppearance,
  type NodeAppearance,
} from './appearance';

export interface ExportMeta {
  /** The area's name, e.g. "Wiltshire". */
  area: string;
  /** What the picture shows, e.g. "2019 protocol" or "Changes 2014 → 2019". */
  document: string;
  /** Overview or full graph, filters: one line, or null. */
  scope?: string | null;
}

export interface LegendEntry {
  kind: 'node' | 'edge';
  text: string;
  fill: string;
  stroke: string;
  dash?: string;
  width: number;
}

export interface ExportFrame {
  title: string;
  subtitle: string;
  legend: LegendEntry[];
}

export const EXPORT_TITLE = 'Safeguarding accountability graph';

const NODE_LOOKS: readonly NodeAppearance[] = [
  ...Object.values(BODY_FUNCTION_APPEARANCE),
  LABEL_APPEARANCE.Post,
  LABEL_APPEARANCE.Organisation,
  LABEL_APPEARANCE.Person,
];

/** "Exported 7 December 2026" in British English, whatever the browser's language. */
export function exportDate(at: Date): string {
  return at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function exportFrame(meta: ExportMeta, edgeTypes: readonly string[], at: Date): ExportFrame {
  const parts = [meta.area, meta.document, meta.scope, `exported ${exportDate(at)}`];
  return {
    title: `${EXPORT_TITLE}: ${meta.area}`,
    subtitle: parts.filter(Boolean).join(' · '),
    legend: [
      ...NODE_LOOKS.map((l) => ({
        kind: 'node' as const,
        text: l.legend,
        fill: l.fill,
        stroke: l.border,
        width: 2,
      })),
      ...[...new Set(edgeTypes)].sort().map((type) => {
        const look = edgeAppearance(type);
        return {
          kind: 'edge' as const,
          text: look.verb,
          fill: 'none',
          stroke: look.stroke,
          dash: look.dash,
          width: look.width,
        };
      }),
    ],
  };
}
