/**
 * "Add the full report" panel of the library's corpus tab: the user picks the report PDF (or pdftotext
 * output); it is read locally, page by page, with a progress bar and Cancel, and stored as the full text.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { FullTextImportError } from '@/lib/fulltext/errors';
import type { RawPage } from '@/lib/fulltext/types';
import { openDatabase, type VerbatimDB } from '@/utils/db';
import { extractPdfPagesInBrowser } from '@/utils/fulltext/browser-pdf';
import { type ImportOutcome, type ImportStage, importFullReport } from '@/utils/fulltext/import';
import type { ExtractOptions } from '@/utils/fulltext/pdf-text';
import { currentFullText, type FullTextImportRecord } from '@/utils/fulltext/store';
import { sendToBackground } from '@/utils/messaging';
import { ImportProgress, type Progress } from './ImportProgress';
import { type Outcome, OutcomeMessage } from './OutcomeMessage';

export interface FullReportImportProps {
  db?: VerbatimDB;
  extractPdf?: (data: Uint8Array, options: ExtractOptions) => Promise<RawPage[]>;
  notify?: () => Promise<unknown>;
}

const STAGE_TEXT: Record<ImportStage, string> = {
  reading: 'Reading the file…',
  extracting: 'Extracting text',
  building: 'Splitting into sentences and finding the curated passages…',
  storing: 'Saving…',
};

function progressText(p: Progress): string {
  return p.stage === 'extracting' ? `Extracting text: page ${p.done} of ${p.total}` : STAGE_TEXT[p.stage];
}

const EDITION_TEXT = {
  original: 'the original of January 2021',
  revised: 'the April 2022 revision',
} as const;

function describeOutcome(outcome: ImportOutcome): string {
  if (outcome.status === 'unchanged')
    return `“${outcome.fileName}” is already the imported full text: nothing changed.`;
  const s = outcome.stats;
  const pages = Object.keys(outcome.record.filledPages).length;
  const what =
    s?.scope === 'excerpt'
      ? ` It is not the whole report${s.reportPages ? ` (which has ${s.reportPages} pages)` : ''}, so it is kept as an excerpt: quotations outside these pages read “not in the imported pages”.`
      : s?.edition
        ? ` It is the complete report: ${EDITION_TEXT[s.edition]}.`
        : '';
  return (
    `Imported “${outcome.fileName}”: ${s?.pages ?? '?'} pages, ${outcome.record.passageCount} sentences. ` +
    `${s?.linked ?? 0} curated passages were found in it${pages ? `, ${pages} of them given their page number` : ''}.` +
    what +
    (outcome.replaced ? ' It replaces the previously imported full text.' : '')
  );
}

function describeRecord(record: FullTextImportRecord): string {
  const day = new Date(record.importedAt).toLocaleDateString();
  if (record.scope === 'excerpt')
    return `An excerpt of the report is loaded: “${record.fileName}”, ${record.pages ?? '?'} page${record.pages === 1 ? '' : 's'}${record.reportPages ? ` of ${record.reportPages}` : ''}, imported ${day}, ${record.passageCount} sentences. Quotations on those pages are checked with their page number; the rest of the report is not in it.`;
  const edition = record.edition ? ` (${EDITION_TEXT[record.edition]})` : '';
  return `The full report is loaded: “${record.fileName}”${edition}, imported ${day}, ${record.passageCount} sentences. Every sentence can be checked, with its page number.`;
}

const defaultNotify = () => sendToBackground('corpusChanged', {});

export function FullReportImport({ db: givenDb, extractPdf, notify }: FullReportImportProps = {}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [db] = useState(() => givenDb ?? openDatabase());
  const [current, setCurrent] = useState<FullTextImportRecord | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    currentFullText(db).then(setCurrent, () => setCurrent(null));
  }, [db]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const abort = new AbortController();
    controller.current = abort;
    setOutcome(null);
    setProgress({ stage: 'reading', done: 0, total: 1 });
    try {
      const result = await importFullReport(file, {
        db,
        extractPdf: extractPdf ?? extractPdfPagesInBrowser,
        notify: notify ?? defaultNotify,
        signal: abort.signal,
        onProgress: (stage, done, total) => setProgress({ stage, done, total }),
      });
      setOutcome({ ok: true, message: describeOutcome(result) });
      setCurrent(await currentFullText(db));
    } catch (error) {
      const message =
        error instanceof FullTextImportError
          ? error.message
          : `“${file.name}” could not be imported (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`;
      setOutcome({ ok: false, message });
    } finally {
      controller.current = null;
      setProgress(null);
      // Choosing the same file again must fire another change event.
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section class="full-report" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Full report</h2>
      <p>
        {current
          ? describeRecord(current)
          : 'Only excerpts of the report are loaded, so a quotation they lack is “not found in the corpus excerpts”. ' +
            'Add the report PDF (or a text file made with pdftotext) to check every sentence, with page numbers. ' +
            'It is read on this computer only.'}
      </p>
      <label for={id}>{current ? 'Replace the full report' : 'Add the full report'} (PDF or .txt)</label>{' '}
      <input
        id={id}
        ref={input}
        type="file"
        accept=".pdf,.txt,application/pdf,text/plain"
        disabled={progress !== null}
        onChange={(e) => onFile(e.currentTarget.files?.[0])}
      />
      {progress && (
        <ImportProgress
          progress={progress}
          text={progressText(progress)}
          onCancel={() => controller.current?.abort()}
        />
      )}
      <OutcomeMessage outcome={outcome} />
    </section>
  );
}
