/**
 * Finding badges keep their size on screen at any zoom, so when the graph is
 * zoomed far out some of them would sit on top of each other (a pointer target
 * hidden under another, WCAG 2.2 SC 2.5.8). Badges whose boxes come closer
 * than `gap` are merged: the first one (node badges before edge badges, then
 * the more severe) shows all their findings, the others are hidden. Pure.
 */
import { moreSevere, type FlagSummary } from './decorations';

export interface BadgeBox {
  /** `node:<id>` or `edge:<id>`. */
  key: string;
  /** Where the badge is on screen (CSS px). */
  left: number;
  top: number;
  width: number;
  height: number;
  flag: FlagSummary;
}

export type BadgeSlot =
  | { hidden: true }
  | {
      hidden: false;
      /** Every finding of the badges merged into this one. */
      flag: FlagSummary;
      /** How many nodes and relationships it stands for. */
      subjects: number;
    };

const SEVERITY_ORDER = { HIGH: 0, MEDIUM: 1, LOW: 2, INFO: 3 } as const;

function near(a: BadgeBox, b: BadgeBox, gap: number): boolean {
  return (
    a.left < b.left + b.width + gap &&
    b.left < a.left + a.width + gap &&
    a.top < b.top + b.height + gap &&
    b.top < a.top + a.height + gap
  );
}

/** Only the badges that change: merged ones and hidden ones (the rest draw as they are). */
export function clusterBadges(boxes: readonly BadgeBox[], gap = 2): Map<string, BadgeSlot> {
  const order = [...boxes].sort(
    (a, b) =>
      Number(a.key.startsWith('edge:')) - Number(b.key.startsWith('edge:')) ||
      SEVERITY_ORDER[a.flag.severity] - SEVERITY_ORDER[b.flag.severity] ||
      b.flag.count - a.flag.count ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const kept: { box: BadgeBox; members: BadgeBox[] }[] = [];
  for (const box of order) {
    const home = kept.find((k) => near(k.box, box, gap));
    if (home) home.members.push(box);
    else kept.push({ box, members: [box] });
  }
  const slots = new Map<string, BadgeSlot>();
  for (const { box, members } of kept) {
    if (members.length === 1) continue;
    const ids = [...new Set(members.flatMap((m) => m.flag.findingIds))];
    slots.set(box.key, {
      hidden: false,
      subjects: members.length,
      flag: {
        count: ids.length,
        severity: members.map((m) => m.flag.severity).reduce(moreSevere),
        allAccepted: members.every((m) => m.flag.allAccepted),
        findingIds: ids,
      },
    });
    for (const m of members.slice(1)) slots.set(m.key, { hidden: true });
  }
  return slots;
}

/** A stable text for a clustering, to skip re-rendering when nothing changed. */
export function clusterKey(slots: ReadonlyMap<string, BadgeSlot>): string {
  return [...slots]
    .map(([k, s]) => (s.hidden ? `${k}-` : `${k}+${s.flag.findingIds.join(',')}`))
    .sort()
    .join('|');
}
