/**
 * Documents and packs in the library's corpus tab: every pack with its documents, on/off, export, delete
 * with undo; adding a document from a file; importing a pack file. What is matched against is every
 * enabled pack's documents (the background rebuilds its index when the tables change).
 */
import { useId, useRef, useState } from 'preact/hooks';
import type { Source } from '@/lib/corpus/types';
import { FullTextImportError } from '@/lib/fulltext/errors';
import type { RawPage } from '@/lib/fulltext/types';
import { BUNDLED_PACK_ID, DOCUMENT_KINDS, type Pack, packOf } from '@/lib/sources/pack';
import { readPackFile, toPackFile } from '@/lib/sources/pack-file';
import type { VerbatimDB } from '@/utils/db';
import { downloadText } from '@/utils/export/download';
import { extractPdfPagesInBrowser } from '@/utils/fulltext/browser-pdf';
import type { ExtractOptions } from '@/utils/fulltext/pdf-text';
import { sendToBackground } from '@/utils/messaging';
import { addDocument } from '@/utils/sources/add-document';
import { deletePack, listPacks, PackError, putPack, readPack, setPackEnabled } from '@/utils/sources/store';
import { ImportProgress, type Progress } from '../ImportProgress';
import { type Outcome, OutcomeMessage } from '../OutcomeMessage';
import { Toast, type ToastState } from '../Toast';
import { useLiveQuery } from '../use-live-query';

/**
 * What its badges call a document and who speaks in it, as data; for a document the reader added, its
 * other names too (the bundled ones have long lists, in data/source-aliases.json).
 */
function DocumentNames({ source }: { source: Source }) {
  const parts = [
    source.shortName ? `on badges: ${source.shortName}` : null,
    source.speakers?.length ? `speakers: ${source.speakers.join(', ')}` : null,
    packOf(source) !== BUNDLED_PACK_ID && source.aliases?.names.length
      ? `also called: ${source.aliases.names.join(', ')}`
      : null,
  ].filter(Boolean);
  return parts.length ? <span class="doc-names"> · {parts.join(' · ')}</span> : null;
}

export interface SourcesPanelProps {
  db: VerbatimDB;
  extractPdf?: (data: Uint8Array, options: ExtractOptions) => Promise<RawPage[]>;
  parseHtml?: (html: string) => Document;
  notify?: () => Promise<unknown>;
}

const defaultNotify = () => sendToBackground('corpusChanged', {});
const browserHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const STAGE_TEXT = {
  reading: 'Reading the file…',
  extracting: 'Extracting text',
  building: 'Splitting into sentences…',
  storing: 'Saving…',
} as const;

const list = (text: string) =>
  text
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);

const messageOf = (error: unknown) =>
  error instanceof FullTextImportError || error instanceof PackError
    ? error.message
    : error instanceof Error
      ? error.message
      : String(error);

function AddDocumentForm({
  db,
  extractPdf,
  parseHtml,
  notify,
  onOutcome,
}: SourcesPanelProps & {
  onOutcome(outcome: Outcome): void;
}) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const controller = useRef<AbortController | null>(null);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const el = form.current;
    const data = el ? new FormData(el) : null;
    const file = fileInput.current?.files?.[0];
    if (!file) {
      onOutcome({ ok: false, message: 'Choose a PDF, a text file or a saved web page first.' });
      return;
    }
    const text = (name: string) => String(data?.get(name) ?? '');
    const abort = new AbortController();
    controller.current = abort;
    onOutcome(null);
    setProgress({ stage: 'reading', done: 0, total: 1 });
    try {
      const added = await addDocument(
        file,
        {
          title: text('title'),
          kind: text('kind'),
          date: text('date'),
          publisher: text('publisher'),
          speakers: list(text('speakers')),
          aliases: list(text('aliases')),
          shortName: text('shortName'),
        },
        {
          db,
          extractPdf: extractPdf ?? extractPdfPagesInBrowser,
          parseHtml: parseHtml ?? browserHtml,
          notify: notify ?? defaultNotify,
          signal: abort.signal,
          onProgress: (stage, done, total) => setProgress({ stage, done, total }),
        },
      );
      onOutcome({
        ok: true,
        message:
          `Added “${added.pack.title}”: ${added.pages} page${added.pages === 1 ? '' : 's'}, ` +
          `${added.passageCount} sentences. Quotations of it are checked from now on.`,
      });
      el?.reset();
    } catch (error) {
      const message = messageOf(error);
      onOutcome({
        ok: false,
        message: /Nothing was/.test(message) ? message : `${message} Nothing was added.`,
      });
    } finally {
      controller.current = null;
      setProgress(null);
    }
  };

  return (
    <form ref={form} class="add-document" aria-labelledby={`${id}-title`} onSubmit={onSubmit}>
      <h3 id={`${id}-title`}>Add a source document</h3>
      <p>
        A report, ruling, transcript, speech or statement: a PDF, a text file or a saved web page. It is read
        on this computer only. Leave the title empty to take the file’s first line.
      </p>
      <label>
        File{' '}
        <input
          ref={fileInput}
          name="file"
          type="file"
          accept=".pdf,.txt,.html,.htm,application/pdf,text/plain,text/html"
        />
      </label>
      <label>
        Title <input name="title" type="text" />
      </label>
      <label>
        Kind{' '}
        <select name="kind" defaultValue="report">
          {DOCUMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label>
        Date <input name="date" type="text" placeholder="2025-03-03" />
      </label>
      <label>
        Publisher <input name="publisher" type="text" />
      </label>
      <label>
        Speaker(s) <input name="speakers" type="text" placeholder="Judge Maria Alvarez; …" />
      </label>
      <label>
        Other names <input name="aliases" type="text" placeholder="the ruling; the opinion" />
      </label>
      <label>
        Short name (on badges){' '}
        <input name="shortName" type="text" maxLength={24} placeholder="Harbor ruling" />
      </label>
      <button type="submit" disabled={progress !== null}>
        Add document
      </button>
      {progress && (
        <ImportProgress
          progress={progress}
          text={
            progress.stage === 'extracting'
              ? `Extracting text: page ${progress.done} of ${progress.total}`
              : STAGE_TEXT[progress.stage]
          }
          onCancel={() => controller.current?.abort()}
        />
      )}
    </form>
  );
}

export function SourcesPanel(props: SourcesPanelProps) {
  const { db } = props;
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [toast, setToast] = useState<ToastState | null>(null);
  const packFile = useRef<HTMLInputElement>(null);
  const notify = props.notify ?? defaultNotify;
  const packs = useLiveQuery(async () => {
    const [all, sources] = await Promise.all([listPacks(db), db.sources.toArray()]);
    const byPack = new Map<string, Source[]>();
    for (const s of sources) byPack.set(packOf(s), [...(byPack.get(packOf(s)) ?? []), s]);
    return all.map((pack) => ({ pack, documents: byPack.get(pack.id) ?? [] }));
  }, [db]);

  const run = async (action: () => Promise<void>) => {
    try {
      await action();
      await notify();
    } catch (error) {
      setOutcome({ ok: false, message: messageOf(error) });
    }
  };

  const toggle = (pack: Pack) => run(() => setPackEnabled(db, pack.id, !pack.enabled));
  const remove = (pack: Pack) =>
    run(async () => {
      const removed = await deletePack(db, pack.id);
      setToast({
        message: `Deleted “${pack.title}”.`,
        undo: () => run(() => putPack(db, removed)),
      });
    });
  const exportPack = (pack: Pack) =>
    run(async () => {
      const content = await readPack(db, pack.id);
      if (!content) return;
      const file = await toPackFile(content.pack, content.sources, content.passages);
      downloadText(`verbatim-pack-${pack.id}.json`, JSON.stringify(file, null, 1), 'application/json');
    });
  const importPack = async (file: File | undefined) => {
    if (!file) return;
    const reading = await readPackFile(await file.text(), Date.now());
    if (!reading.ok) {
      setOutcome({
        ok: false,
        message: `“${file.name}” is not a valid pack; nothing was changed. ${reading.errors.slice(0, 3).join('; ')}`,
      });
    } else {
      await run(async () => {
        await putPack(db, reading);
        setOutcome({
          ok: true,
          message: `Imported the pack “${reading.pack.title}”: ${reading.sources.length} documents.`,
        });
      });
    }
    if (packFile.current) packFile.current.value = '';
  };

  return (
    <section class="sources" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Documents and packs</h2>
      <p>Quotations are checked against every document of every enabled pack.</p>
      {packs.state === 'ready' && (
        <table>
          <caption class="visually-hidden">Packs</caption>
          <thead>
            <tr>
              <th scope="col">Pack</th>
              <th scope="col">Documents</th>
              <th scope="col">Origin</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {packs.value.map(({ pack, documents }) => (
              <tr key={pack.id} data-pack={pack.id}>
                <th scope="row">{pack.title}</th>
                <td>
                  <ul>
                    {documents.map((d) => (
                      <li key={d.id}>
                        {d.title}
                        {d.kind ? ` (${d.kind}${d.date ? `, ${d.date}` : ''})` : ''}
                        <DocumentNames source={d} />
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{pack.origin === 'bundled' ? 'comes with Verbatim' : 'yours'}</td>
                <td>
                  <label>
                    <input type="checkbox" checked={pack.enabled} onChange={() => toggle(pack)} /> Enabled
                  </label>{' '}
                  {pack.origin === 'user' && (
                    <>
                      <button type="button" onClick={() => exportPack(pack)}>
                        Export <span class="visually-hidden">{pack.title}</span>
                      </button>{' '}
                      <button type="button" onClick={() => remove(pack)}>
                        Delete <span class="visually-hidden">{pack.title}</span>
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddDocumentForm {...props} onOutcome={setOutcome} />
      <label>
        Import a pack file (.json){' '}
        <input
          ref={packFile}
          type="file"
          accept=".json,application/json"
          onChange={(e) => importPack(e.currentTarget.files?.[0])}
        />
      </label>
      <OutcomeMessage outcome={outcome} />
      <Toast toast={toast} onDismiss={() => setToast(null)} />
    </section>
  );
}
