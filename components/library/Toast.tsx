/** A status message at the bottom of the page, with an optional Undo. Stays until dismissed or replaced. */
export interface ToastState {
  message: string;
  undo?: () => void | Promise<void>;
}

export function Toast({ toast, onDismiss }: { toast: ToastState | null; onDismiss(): void }) {
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div class="toast">
          <span>{toast.message}</span>
          {toast.undo && (
            <button
              type="button"
              onClick={async () => {
                onDismiss();
                await toast.undo?.();
              }}
            >
              Undo
            </button>
          )}
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
