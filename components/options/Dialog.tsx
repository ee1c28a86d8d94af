import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface DialogProps {
  /** Id of the element that names the dialog (its heading). */
  labelledBy: string;
  onClose: () => void;
  children: ComponentChildren;
  class?: string;
}

/**
 * A modal <dialog>: the browser keeps focus inside and closes it on Escape; focus goes back to
 * what opened it, so keyboard users never end up behind it or at the top of the page.
 */
export function Dialog({ labelledBy, onClose, children, class: className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    // The dialog leaves the DOM when closed, so the browser cannot hand focus back itself.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={labelledBy}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}

export interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Are you sure?" with the safe choice focused first. */
export function ConfirmDialog({ title, message, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog labelledBy="confirm-title" onClose={onCancel} class="confirm">
      <h2 id="confirm-title">{title}</h2>
      <p>{message}</p>
      <div class="row end">
        <button type="button" autofocus onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" class="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
