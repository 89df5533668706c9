/** The result of an import, said plainly: a status for success, an alert for a refusal. */
export type Outcome = { ok: boolean; message: string } | null;

export function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  return outcome.ok ? (
    <p class="import-ok" role="status">
      {outcome.message}
    </p>
  ) : (
    <p class="import-error" role="alert">
      {outcome.message}
    </p>
  );
}
