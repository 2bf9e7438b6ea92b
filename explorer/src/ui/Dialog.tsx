import { createFocusTrap } from 'focus-trap';
import { useEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId: string;
  wide?: boolean;
}

/**
 * A modal `<dialog>` (`showModal()`: the page behind is inert, Esc closes it
 * natively), focus returns to the opener. `focus-trap` keeps Tab and
 * Shift+Tab cycling inside: without it, Tab past the last control leaves the
 * page, and keys then land on the document behind.
 */
export function Dialog({ open, title, onClose, children, testId, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const opener = document.activeElement as HTMLElement | null;
      dialog.showModal();
      const trap = createFocusTrap(dialog, {
        initialFocus: false, // showModal() has focused the first control
        fallbackFocus: dialog,
        escapeDeactivates: false, // the dialog's own cancel closes it (and the trap)
        allowOutsideClick: true,
        returnFocusOnDeactivate: false,
      });
      trap.activate();
      return () => {
        trap.deactivate();
        opener?.focus?.();
      };
    }
    if (!open && dialog.open) dialog.close();
    return undefined;
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={`ag-dialog${wide ? ' ag-dialog--wide' : ''}`}
      aria-labelledby={`${testId}-title`}
      onClose={onClose}
      onCancel={onClose}
      data-testid={testId}
    >
      {open ? (
        <>
          <header className="ag-dialog__header">
            <h2 id={`${testId}-title`}>{title}</h2>
            <button type="button" className="ag-icon-button" onClick={onClose} aria-label="Close">
              ✕
            </button>
          </header>
          <div className="ag-dialog__body">{children}</div>
        </>
      ) : null}
    </dialog>
  );
}
