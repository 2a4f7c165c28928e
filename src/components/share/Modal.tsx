import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal dialog (native <dialog>, so focus stays inside and Esc closes it). Focus goes to its first control
 * and back to where it was when it closes.
 */
export function Modal({
  title,
  onClose,
  className,
  children,
}: {
  title: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    const back = document.activeElement as HTMLElement | null;
    if (typeof d.showModal === 'function') {
      if (!d.open) d.showModal();
    } else d.setAttribute('open', '');
    d.querySelector<HTMLElement>('input,select,textarea,button')?.focus();
    return () => {
      if (typeof d.close === 'function') {
        if (d.open) d.close();
      } else d.removeAttribute('open');
      back?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`web-dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="web-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
