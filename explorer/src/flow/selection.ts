/** Showing one selected id on the canvas's nodes and edges. Pure. */

interface Selectable {
  id: string;
  selected?: boolean;
}

/** True when exactly the item with this id is selected (none for null). */
export function showsSelection(items: readonly Selectable[], selectedId: string | null): boolean {
  return items.every((item) => Boolean(item.selected) === (item.id === selectedId));
}

/**
 * The items with only `selectedId` selected. Unchanged items keep their
 * objects, and with nothing to change the same array comes back (React Flow
 * then redraws nothing).
 */
export function selectOnly<T extends Selectable>(items: T[], selectedId: string | null): T[] {
  let changed = false;
  const out = items.map((item) => {
    const want = item.id === selectedId;
    if (Boolean(item.selected) === want) return item;
    changed = true;
    return { ...item, selected: want };
  });
  return changed ? out : items;
}
