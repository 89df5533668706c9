/**
 * "This page": the verdicts of the current tab's quotations, from the background's own scan; a click
 * takes the page to the quotation and opens its card. Pages that were not scanned say why.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { ShownVerdict } from '@/components/card/parts/ShownVerdict';
import { SHOWN_ICON, SHOWN_LABEL, SHOWN_ORDER, shownVerdict } from '@/components/card/verdict-text';
import type { MatchResult } from '@/lib/types';
import type { TabScan } from '@/utils/domain';
import { checkableHost } from './page-kind';
import type { ActiveTab, PopupServices } from './services';

type Loaded = { tab: ActiveTab | null; scan: TabScan | null; host: string | null; enabled: boolean | null };

function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

const figure = (n: number) => n.toLocaleString('en-US');

/** What the scan left out for the caps on its size, in words (nothing when it left nothing out). */
export function limitsNote(scan: TabScan): string[] {
  const notes: string[] = [];
  if (scan.found !== undefined && scan.found > scan.quotes.length) {
    notes.push(`Checked the first ${figure(scan.quotes.length)} of ${figure(scan.found)} quotations.`);
  }
  if (scan.omitted && scan.omitted.blocks > 0) {
    notes.push(
      `The article is longer than Verbatim reads: ${plural(scan.omitted.blocks, 'paragraph')} (${figure(scan.omitted.chars)} characters) were not checked.`,
    );
  }
  return notes;
}

function SiteSwitch(props: { host: string; enabled: boolean; onChange(on: boolean): void }) {
  const id = useId();
  return (
    <div class="site-switch">
      <input
        id={id}
        type="checkbox"
        checked={props.enabled}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label for={id}>Check quotations on {props.host}</label>
    </div>
  );
}

function explain(loaded: Loaded): string | null {
  const { tab, scan, host, enabled } = loaded;
  if (!tab) return 'There is no page open in this window.';
  if (scan) {
    if (!scan.enabled) return `Verbatim is switched off for ${host ?? 'this site'}.`;
    if (!scan.article) return 'This page does not look like a news article: there was nothing to check.';
    if (scan.quotes.length === 0) return 'No quotations were found in this article.';
    return null;
  }
  if (enabled === false) return `Verbatim is switched off for ${host ?? 'this site'}.`;
  if (!host && tab.url)
    return 'Verbatim does not run on this kind of page (browser, extension or local pages).';
  return 'This page has not been scanned: it may not be an article, still be loading, or Verbatim cannot run here. Reloading the page scans it again.';
}

/** "· OIG 21-028" after a verdict found in a document; "· not in X" for a complete one it is not in. */
function DocumentName({ result, names }: { result: MatchResult; names: Record<string, string> }) {
  const name = result.source ? names[result.source] : undefined;
  const notIn = result.status === 'not-found' && result.notIn ? names[result.notIn] : undefined;
  if (notIn) return <span class="doc">· not in {notIn} </span>;
  if (!name || result.status === 'not-found' || result.status === 'hidden') return null;
  return <span class="doc">· {name} </span>;
}

export function ThisPage({ services }: { services: PopupServices }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [names, setNames] = useState<Record<string, string>>({});

  useEffect(() => {
    (async () => {
      const tab = await services.activeTab();
      const scan = tab ? await services.getTabScan(tab.id).catch(() => null) : null;
      const host = checkableHost(scan?.url ?? tab?.url ?? null);
      const enabled = host ? await services.isSiteEnabled(host) : null;
      setLoaded({ tab, scan, host, enabled });
      // Each quotation's document, by name: a missing name leaves the verdict alone.
      const ids = new Set<string>();
      for (const q of scan?.quotes ?? [])
        for (const id of [q.result.source, q.result.notIn]) if (id) ids.add(id);
      if (ids.size && services.documentNames)
        setNames(await services.documentNames([...ids]).catch(() => ({})));
    })().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [services]);

  if (error) return <p role="alert">Could not read this page’s results: {error}</p>;
  if (!loaded) return <p role="status">Reading this page’s results…</p>;
  const { tab, scan, host, enabled } = loaded;
  const message = explain(loaded);
  const quotes = scan?.quotes ?? [];

  const toggle = async (on: boolean) => {
    if (!host) return;
    await services.setSiteEnabled(host, on);
    setLoaded({ ...loaded, enabled: on });
    setStatus(
      on
        ? `On for ${host}. Reload the page to check it.`
        : `Off for ${host}. Reload the page to remove the badges.`,
    );
  };
  const saveAll = async () => {
    if (!tab) return;
    try {
      const { saved } = await services.saveTabScan(tab.id);
      setStatus(`Saved ${plural(saved, 'quotation')} to your library.`);
    } catch (e) {
      setStatus(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const focus = async (index: number) => {
    if (!tab) return;
    try {
      await services.focusQuote(tab.id, index);
      services.closePopup();
    } catch {
      setStatus('The page did not respond: reload it to show its badges again.');
    }
  };

  const shownOf = (q: (typeof quotes)[number]) => shownVerdict(q.result.status, q.result.attribution);
  const counts = SHOWN_ORDER.map((v) => [v, quotes.filter((q) => shownOf(q) === v).length] as const).filter(
    ([, n]) => n > 0,
  );

  return (
    <>
      {message ? (
        <p class="explain">{message}</p>
      ) : (
        <>
          <p>
            {plural(quotes.length, 'quotation')} checked on this page
            {scan?.title ? <span class="page-title">: {scan.title}</span> : null}
          </p>
          {scan?.badges === false && (
            <p class="no-badges">
              No badges on the page: it names no source in the corpus, quotes no one the corpus holds, and
              none of its quotations is in the corpus.
            </p>
          )}
          {scan &&
            limitsNote(scan).map((note) => (
              <p key={note} class="explain">
                {note}
              </p>
            ))}
          <ul class="counts" aria-label="Quotations per verdict">
            {counts.map(([verdict, n]) => (
              <li key={verdict} class={`verdict verdict-${verdict}`}>
                <span aria-hidden="true">{SHOWN_ICON[verdict]} </span>
                {SHOWN_LABEL[verdict]}: {n}
              </li>
            ))}
          </ul>
          <ol class="quotes" aria-label="Quotations on this page">
            {quotes.map((q, index) => (
              <li key={index}>
                <button type="button" class="quote-button" onClick={() => focus(index)}>
                  <ShownVerdict status={q.result.status} attribution={q.result.attribution} />{' '}
                  <DocumentName result={q.result} names={names} />
                  <span class="quote-text">“{q.quote}”</span>
                </button>
              </li>
            ))}
          </ol>
          <button type="button" onClick={saveAll}>
            Save all on this page
          </button>
        </>
      )}
      {host && enabled !== null && <SiteSwitch host={host} enabled={enabled} onChange={toggle} />}
      <p class="status" role="status">
        {status}
      </p>
    </>
  );
}
