import type { UiMessage } from '../messages';

interface StatusMessageProps {
  message: UiMessage;
  /** Offers a retry button (for failures the user can retry). */
  onRetry?: () => void;
  /** `banner`: a thin strip above the canvas; `panel`: centred in place of it. */
  variant?: 'panel' | 'banner';
}

/** One catalogue message, announced to assistive technology. */
export function StatusMessage({ message, onRetry, variant = 'panel' }: StatusMessageProps) {
  return (
    <div
      className={`ag-status ag-status--${variant} ag-status--${message.tone}`}
      role={message.tone === 'error' ? 'alert' : 'status'}
      data-code={message.code}
    >
      <p>
        {message.text} <span className="ag-status__code">[{message.code}]</span>
      </p>
      {onRetry ? (
        <button type="button" className="ag-button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
