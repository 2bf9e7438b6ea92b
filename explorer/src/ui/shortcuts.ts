import { useEffect } from 'react';

/** Keys the explorer answers anywhere except while typing or while a dialog is open. */
export type ShortcutHandler = (key: string, event: KeyboardEvent) => boolean;

function typing(target: EventTarget | null): boolean {
  // A modal dialog is open: the page behind it takes no keys, wherever focus is (Esc is the
  // dialog's own, and must not be swallowed here).
  if (document.querySelector('dialog[open]')) return true;
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('dialog[open]') !== null
  );
}

export function useShortcuts(handler: ShortcutHandler): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typing(event.target)) return;
      if (handler(event.key, event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [handler]);
}

/** Clicks a control marked `data-shortcut="<name>"` (e.g. the canvas's re-layout). */
export function clickShortcut(name: string): boolean {
  const el = document.querySelector<HTMLElement>(`[data-shortcut="${name}"]`);
  el?.click();
  return el !== null;
}
