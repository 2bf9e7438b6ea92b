import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { PresentStep } from '../graph/present';
import { EvidenceList } from './Evidence';

interface PresentBarProps {
  steps: readonly PresentStep[];
  /** 1-based. */
  step: number;
  onStep: (step: number | null) => void;
}

/**
 * "Present": the chain (or path) walked hop by hop over the canvas, each hop
 * with its quotes; the canvas highlights and centres the hop shown. ← and →
 * step, Esc ends (the keys are the bar's own, so nothing behind it acts).
 */
export function PresentBar({ steps, step, onStep }: PresentBarProps) {
  const s = steps[step - 1];
  const next = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLElement>(null);
  // The keyboard starts on the bar, so ← / → answer at once.
  useEffect(() => {
    if (!root.current?.contains(document.activeElement))
      next.current?.focus({ preventScroll: true });
  }, []);
  if (!s) return null;
  const last = step === steps.length;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight' && !last) onStep(step + 1);
    else if (e.key === 'ArrowLeft' && step > 1) onStep(step - 1);
    else if (e.key === 'Escape') onStep(null);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <section
      ref={root}
      className="ag-present"
      aria-label="Presentation, step by step"
      data-testid="present-bar"
      data-step={step}
      onKeyDown={onKeyDown}
    >
      <p className="ag-present__where" aria-live="polite">
        <strong>
          Step {step} of {steps.length}
        </strong>{' '}
        · {s.group}
      </p>
      <p className="ag-present__sentence" data-testid="present-sentence">
        {s.sentence}
      </p>
      <div className="ag-present__quotes">
        <EvidenceList evidence={s.evidence} />
      </div>
      <div className="ag-present__buttons">
        <button
          type="button"
          className="ag-button ag-button--small ag-button--secondary"
          onClick={() => onStep(step - 1)}
          disabled={step === 1}
          data-testid="present-prev"
        >
          ← Previous
        </button>
        <button
          ref={next}
          type="button"
          className="ag-button ag-button--small"
          onClick={() => onStep(last ? null : step + 1)}
          data-testid="present-next"
        >
          {last ? 'Finish' : 'Next →'}
        </button>
        <button
          type="button"
          className="ag-button ag-button--small ag-button--secondary"
          onClick={() => onStep(null)}
          data-testid="present-end"
        >
          End (Esc)
        </button>
      </div>
    </section>
  );
}
