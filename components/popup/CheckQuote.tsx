/**
 * "Check a quote": the same engine and the same card as a selection check, saved the same way by the
 * background. Opens on the latest check when one was just made on a page where nothing could be shown.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { isWebPage } from '@/components/card/citation';
import { MessageCard, ProvenanceCard } from '@/components/card/ProvenanceCard';
import type { CheckResponse } from '@/utils/messaging/protocol';
import type { PopupServices } from './services';

/** A latest check older than this is history (the library has it), not what the popup opens on. */
export const LATEST_CHECK_FRESH_MS = 5 * 60_000;

export interface CheckQuoteProps {
  services: PopupServices;
  /** Called after each check made from the box (saved or not). */
  onChecked?: () => void;
  now?: () => number;
}

export function CheckQuote({ services, onChecked, now = Date.now }: CheckQuoteProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [response, setResponse] = useState<{ check: CheckResponse; url: string; title: string } | null>(null);

  useEffect(() => {
    services
      .latestCheck()
      .then((latest) => {
        if (!latest || now() - latest.at > LATEST_CHECK_FRESH_MS) return;
        setResponse((current) => current ?? { check: latest, url: latest.url, title: '' });
      })
      .catch(() => undefined);
  }, [services, now]);

  const check = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      // Typed or pasted by hand: the record notes the article open at the time (a web page only, never
      // Verbatim's own pages), but the card cites no page, since the words were not read off it.
      const tab = await services.activeTab().catch(() => null);
      const url = tab?.url;
      const page = isWebPage(url) ? { url, title: tab?.title ?? '' } : { url: '', title: '' };
      setResponse({ check: await services.checkText(text, page), ...page });
      onChecked?.();
    } catch (error) {
      setResponse({
        check: {
          ok: false,
          message: `The check could not run: ${error instanceof Error ? error.message : String(error)}`,
        },
        url: '',
        title: '',
      });
    } finally {
      setBusy(false);
    }
  };

  const result = response?.check;
  return (
    <>
      <form class="check-form" onSubmit={check}>
        <label for={id}>Paste or type a quotation</label>
        <textarea id={id} rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Check'}
        </button>
      </form>
      {/* Scrolls on its own so the recent list stays in view; focusable so the keyboard can scroll it. */}
      <section class="check-result" aria-live="polite" aria-label="Check result" tabIndex={result ? 0 : -1}>
        {result &&
          (result.ok ? (
            <ProvenanceCard
              inline
              quote={result.quote}
              result={result.result}
              passages={result.passages}
              sources={result.sources}
              corpus={result.corpus}
              savedNote={result.recordId !== null ? 'Saved to your library.' : undefined}
              onDispute={
                result.recordId !== null
                  ? (reason) =>
                      services
                        .disputeRecord(result.recordId as number, reason)
                        .then(() => 'Kept in your library, marked as looking wrong.')
                  : undefined
              }
            />
          ) : (
            <MessageCard inline message={result.message} />
          ))}
      </section>
    </>
  );
}
