import type { ReactNode } from 'react';

interface SectionProps {
  title: string;
  testId: string;
  onClose?: () => void;
  closeLabel?: string;
  actions?: ReactNode;
  children: ReactNode;
}

/** One block of the side panel, with a heading and an optional close button. */
export function Section({ title, testId, onClose, closeLabel, actions, children }: SectionProps) {
  return (
    <section className="ag-section" aria-label={title} data-testid={testId}>
      <header className="ag-section__header">
        <h2>{title}</h2>
        {onClose ? (
          <button
            type="button"
            className="ag-icon-button"
            onClick={onClose}
            aria-label={closeLabel ?? `Close ${title}`}
          >
            ✕
          </button>
        ) : null}
      </header>
      {actions ? <div className="ag-section__actions">{actions}</div> : null}
      {children}
    </section>
  );
}
