import { useEffect, useId, useRef, useState } from 'preact/hooks';

/**
 * "This verdict looks wrong": the reader's own note that the verdict is mistaken, kept with the saved
 * check on this computer only. Nothing is sent anywhere.
 */
export function Dispute(props: {
  disputed?: { reason: string };
  onDispute: (reason: string) => Promise<string>;
  onStatus: (message: string) => void;
}) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [kept, setKept] = useState(props.disputed ?? null);
  const box = useRef<HTMLTextAreaElement>(null);
  // The saved record can change under the card (withdrawn in the library): follow it.
  const given = props.disputed ? props.disputed.reason : null;
  useEffect(() => setKept(given === null ? null : { reason: given }), [given]);
  useEffect(() => {
    if (editing) box.current?.focus();
  }, [editing]);

  if (kept) {
    return (
      <p class="vb-disputed">
        You marked this verdict as looking wrong{kept.reason ? `: ${kept.reason}` : '.'}
      </p>
    );
  }
  if (!editing) {
    return (
      <button type="button" class="vb-dispute" onClick={() => setEditing(true)}>
        This verdict looks wrong
      </button>
    );
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      props.onStatus(await props.onDispute(reason.trim()));
      setKept({ reason: reason.trim() });
      setEditing(false);
    } catch (error) {
      props.onStatus(`Could not keep the note: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="vb-dispute-form" onSubmit={submit}>
      <label for={id}>What looks wrong? (optional — kept only on this computer, with the saved check)</label>
      <textarea
        id={id}
        ref={box}
        rows={2}
        maxLength={2000}
        value={reason}
        onInput={(e) => setReason(e.currentTarget.value)}
      />
      <div class="vb-actions">
        <button type="submit" aria-disabled={busy}>
          Keep this note
        </button>
        <button type="button" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
