/** The user's own note on a saved verification. An empty note removes it. */
import { useId, useState } from 'preact/hooks';
import { LIMITS } from '@/utils/export/limits';

export function NoteEditor(props: { note: string | undefined; onSave(note: string): Promise<void> }) {
  const id = useId();
  const [text, setText] = useState(props.note ?? '');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await props.onSave(text.trim());
      setStatus(text.trim() ? 'Note saved.' : 'Note removed.');
    } catch (error) {
      setStatus(`Could not save the note: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="note-editor" onSubmit={save}>
      <label for={id}>Your note</label>
      <textarea
        id={id}
        rows={3}
        maxLength={LIMITS.note}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <button type="submit" disabled={busy}>
        Save note
      </button>
      <p role="status">{status}</p>
    </form>
  );
}
