/** The nodes an edit may point at, and the combobox's type-to-filter. Pure. */

export interface NodeOption {
  id: string;
  name: string;
  /** Body, Post, Organisation or Person. */
  label: string;
}

/**
 * Every node of the area (`area`, all documents) plus any other drawn now
 * (`drawn`, id → name: e.g. a national body on the canvas), once each,
 * ordered by name then id, without `exclude`.
 */
export function nodeOptions(
  area: readonly NodeOption[],
  drawn: ReadonlyMap<string, string>,
  exclude: string | null,
): NodeOption[] {
  const byId = new Map<string, NodeOption>();
  for (const n of area) byId.set(n.id, n);
  for (const [id, name] of drawn) if (!byId.has(id)) byId.set(id, { id, name, label: 'Node' });
  if (exclude) byId.delete(exclude);
  return [...byId.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();

/**
 * The options whose name, id or type contain every word typed (case-,
 * accent- and apostrophe-insensitive); names that start with the text first.
 */
export function filterNodes(options: readonly NodeOption[], typed: string): NodeOption[] {
  const words = fold(typed).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  const hits = options.filter((o) => {
    const hay = fold(`${o.name} ${o.id} ${o.label}`);
    return words.every((w) => hay.includes(w));
  });
  const head = fold(typed.trim());
  return [
    ...hits.filter((o) => fold(o.name).startsWith(head)),
    ...hits.filter((o) => !fold(o.name).startsWith(head)),
  ];
}
