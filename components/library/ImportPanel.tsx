/** "Import JSON": the whole file is validated before anything is written, and the outcome is said plainly. */
import { useId, useRef, useState } from 'preact/hooks';
import type { VerbatimDB } from '@/utils/db';
import { describeImport, importVerifications } from '@/utils/export/import';
import { LIMITS } from '@/utils/export/limits';
import { type Outcome, OutcomeMessage } from './OutcomeMessage';

export function ImportPanel({ db }: { db: VerbatimDB }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      if (file.size > LIMITS.fileBytes) {
        setOutcome({
          ok: false,
          message: `“${file.name}” is too large to be a Verbatim export. Nothing was imported.`,
        });
        return;
      }
      const result = await importVerifications(db, await file.text());
      setOutcome(
        result.ok ? { ok: true, message: describeImport(result) } : { ok: false, message: result.message },
      );
    } catch (error) {
      setOutcome({
        ok: false,
        message: `“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`,
      });
    } finally {
      setBusy(false);
      // Choosing the same file again must fire another change event.
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div class="import">
      <label for={id}>Import verifications (JSON export)</label>
      <input
        id={id}
        ref={input}
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(e) => onFile(e.currentTarget.files?.[0])}
      />
      {busy && <p role="status">Importing…</p>}
      <OutcomeMessage outcome={outcome} />
    </div>
  );
}
