/**
 * The saved-verifications tab: loads every record once (and again when the database changes), hands them
 * to the panel, and owns what touches the database: card dialog, notes, delete with undo, export, import.
 */
import { useEffect, useState } from 'preact/hooks';
import { ProvenanceCard } from '@/components/card/ProvenanceCard';
import { SafeLink } from '@/components/card/parts/SafeLink';
import type { VerbatimDB, VerificationRecord } from '@/utils/db';
import { cardDataFor } from '@/utils/domain';
import { exportCsv } from '@/utils/export/csv';
import { downloadText, exportFilename } from '@/utils/export/download';
import { exportJson } from '@/utils/export/json';
import { CardDialog } from './CardDialog';
import type { LibraryCorpus } from './card-data';
import { plural, recordPlace } from './format';
import { ImportPanel } from './ImportPanel';
import { NoteEditor } from './NoteEditor';
import { deleteRecords, restoreRecords, setDisputed, setNote } from './records-store';
import { Toast, type ToastState } from './Toast';
import { useLiveQuery } from './use-live-query';
import { type ExportKind, VerificationsPanel } from './VerificationsPanel';
import { VerificationTable } from './VerificationTable';

function shortQuote(quote: string): string {
  return quote.length > 60 ? `${quote.slice(0, 57)}…` : quote;
}

const PREVIEW_ROWS = 50;

/**
 * While every record loads (seconds for tens of thousands), the newest ones, read through the
 * `updatedAt` index, so the page shows its first rows at once. Read-only: actions, search and sorting
 * need the whole set.
 */
function NewestPreview({ db, corpus }: { db: VerbatimDB; corpus: LibraryCorpus | null }) {
  const [preview, setPreview] = useState<{ rows: VerificationRecord[]; total: number } | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([
      db.verifications.orderBy('updatedAt').reverse().limit(PREVIEW_ROWS).toArray(),
      db.verifications.count(),
    ])
      .then(([rows, total]) => live && setPreview({ rows, total }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [db]);
  return (
    <>
      <p role="status">
        {preview ? `Loading ${plural(preview.total, 'saved verification')}…` : 'Loading saved verifications…'}
      </p>
      {preview && preview.rows.length > 0 && (
        <VerificationTable rows={preview.rows} sources={corpus?.sourceById ?? {}} sort="date" dir="desc" />
      )}
    </>
  );
}

export function VerificationsTab({ db, corpus }: { db: VerbatimDB; corpus: LibraryCorpus | null }) {
  const live = useLiveQuery(() => db.verifications.toArray(), [db]);
  const [open, setOpen] = useState<{ id: number; opener: HTMLElement } | null>(null);
  const [toast, setToast] = useState<ToastState | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);

  if (live.state === 'loading') return <NewestPreview db={db} corpus={corpus} />;
  if (live.state === 'error')
    return <p role="alert">The saved verifications could not be read: {live.message}</p>;
  const records = live.value;
  const openRecord = open ? records.find((r) => r.id === open.id) : undefined;

  const remove = async (doomed: VerificationRecord[], message: string) => {
    try {
      await deleteRecords(db, doomed);
      setToast({
        message,
        undo: async () => {
          const restored = await restoreRecords(db, doomed);
          setToast({
            message:
              restored === doomed.length
                ? `Restored ${plural(restored, 'record')}.`
                : `Restored ${restored} of ${doomed.length}; the others were saved again meanwhile.`,
          });
        },
      });
    } catch (error) {
      setToast({ message: `Could not delete: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const exportRecords = async (kind: ExportKind, chosen: VerificationRecord[]) => {
    if (kind === 'csv') {
      downloadText(
        exportFilename('csv'),
        exportCsv(chosen, corpus?.sourceById ?? {}),
        'text/csv;charset=utf-8',
      );
    } else {
      downloadText(exportFilename('json'), exportJson(chosen, corpus?.version ?? null), 'application/json');
    }
    setToast({ message: `Exported ${plural(chosen.length, 'record')} as ${kind.toUpperCase()}.` });
  };

  return (
    <>
      <VerificationsPanel
        records={records}
        sources={corpus?.sourceById ?? {}}
        onOpen={(record, opener) => record.id !== undefined && setOpen({ id: record.id, opener })}
        onDelete={(record) => remove([record], `Deleted “${shortQuote(record.quote)}”.`)}
        onExport={exportRecords}
      />
      <section class="manage" aria-labelledby="manage-title">
        <h2 id="manage-title">Import and clear</h2>
        <ImportPanel db={db} />
        <div class="clear-all">
          {confirmClear ? (
            <>
              <span>Delete all {plural(records.length, 'saved verification')}?</span>
              <button
                type="button"
                class="danger"
                onClick={() => {
                  setConfirmClear(false);
                  remove(records, `Deleted all ${plural(records.length, 'record')}.`);
                }}
              >
                Yes, delete all
              </button>
              <button type="button" onClick={() => setConfirmClear(false)}>
                Cancel
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirmClear(true)} disabled={!records.length}>
              Delete all…
            </button>
          )}
        </div>
      </section>
      {open && openRecord && (
        <CardDialog title="Saved verification" opener={open.opener} onClose={() => setOpen(null)}>
          {corpus ? (
            <ProvenanceCard
              inline
              quote={openRecord.quote}
              result={openRecord.result}
              pageUrl={openRecord.origin === 'popup' ? undefined : openRecord.url}
              pageTitle={openRecord.pageTitle}
              {...cardDataFor(corpus.lookup, [openRecord.result])}
              key={openRecord.id}
              disputed={openRecord.disputed ? { reason: openRecord.disputeReason ?? '' } : undefined}
              onDispute={(reason) =>
                setDisputed(db, openRecord.id as number, { reason }).then(
                  () => 'Kept: this check is marked as looking wrong (filter the library to find it).',
                )
              }
            />
          ) : (
            <p role="status">Loading the corpus…</p>
          )}
          <p class="record-meta">
            {openRecord.origin === 'popup' ? (
              'Checked by hand in the toolbar popup.'
            ) : (
              <>
                Checked on {recordPlace(openRecord)}: <SafeLink url={openRecord.url} />
              </>
            )}
          </p>
          {openRecord.disputed && (
            <button type="button" onClick={() => setDisputed(db, openRecord.id as number, null)}>
              Withdraw “looks wrong”
            </button>
          )}
          {openRecord.context && <p class="record-context">Context: {openRecord.context}</p>}
          <NoteEditor
            key={openRecord.id}
            note={openRecord.note}
            onSave={(note) => setNote(db, openRecord.id as number, note)}
          />
        </CardDialog>
      )}
      <Toast toast={toast} onDismiss={() => setToast(null)} />
    </>
  );
}
