/** Settings: the sites Verbatim is switched off on (with undo), badging every quotation, the corpus. */
import { useEffect, useId, useState } from 'preact/hooks';
import { type CorpusFacts, corpusFacts } from '@/components/welcome/corpus-facts';
import type { VerbatimDB } from '@/utils/db';
import { badgeEveryQuotation, disabledSites, setSiteEnabled } from '@/utils/settings';

/** A hostname from what a reader types: a bare name, or a whole URL pasted from the address bar. */
export function hostOf(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`).hostname;
    return /^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/.test(host) && host.includes('.') ? host : null;
  } catch {
    return null;
  }
}

interface Change {
  host: string;
  enabled: boolean;
}

function useStored<T>(item: { getValue(): Promise<T>; watch(cb: (v: T) => void): () => void }, initial: T) {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    item.getValue().then((v) => live && setValue(v));
    const stop = item.watch((v) => setValue(v));
    return () => {
      live = false;
      stop();
    };
  }, [item]);
  return value;
}

function SitesOff() {
  const id = useId();
  const sites = useStored(disabledSites, [] as string[]);
  const [typed, setTyped] = useState('');
  const [last, setLast] = useState<Change | null>(null);
  const [error, setError] = useState('');

  const change = async (host: string, enabled: boolean) => {
    await setSiteEnabled(host, enabled);
    setLast({ host, enabled });
  };
  const undo = async () => {
    if (!last) return;
    await setSiteEnabled(last.host, !last.enabled);
    setLast(null);
  };
  const add = async (e: Event) => {
    e.preventDefault();
    const host = hostOf(typed);
    if (!host) {
      setError('Type a site’s address, such as news.example.com.');
      return;
    }
    setError('');
    setTyped('');
    await change(host, false);
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Sites Verbatim is switched off on</h2>
      {sites.length === 0 ? (
        <p class="explain">None: Verbatim checks quotations on every site.</p>
      ) : (
        <ul class="sites" aria-label="Sites switched off">
          {[...sites].sort().map((host) => (
            <li key={host}>
              <span class="host">{host}</span>{' '}
              <button
                type="button"
                onClick={() => change(host, true)}
                aria-label={`Switch Verbatim back on for ${host}`}
              >
                Switch back on
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label for={`${id}-host`}>Switch Verbatim off on a site</label>{' '}
        <input
          id={`${id}-host`}
          value={typed}
          placeholder="news.example.com"
          onInput={(e) => setTyped(e.currentTarget.value)}
        />{' '}
        <button type="submit">Switch off</button>
      </form>
      <p class="status" role="status">
        {error ||
          (last && (
            <>
              {last.enabled ? `Verbatim is back on for ${last.host}.` : `Verbatim is off for ${last.host}.`}{' '}
              <button type="button" onClick={undo}>
                Undo
              </button>
            </>
          ))}
      </p>
    </section>
  );
}

function BadgeEvery() {
  const id = useId();
  const on = useStored(badgeEveryQuotation, false);
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Badges</h2>
      <label class="toggle">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => void badgeEveryQuotation.setValue(e.currentTarget.checked)}
        />{' '}
        Badge every quotation
      </label>
      <p class="explain">
        Off: badges appear on articles about what Verbatim holds (the report, the people it quotes). On: every
        quotation on every article gets a badge, even where Verbatim has nothing to say about it.
      </p>
    </section>
  );
}

function Corpus({ db }: { db: VerbatimDB }) {
  const [facts, setFacts] = useState<CorpusFacts | null>(null);
  useEffect(() => {
    corpusFacts(db).then(setFacts, () => setFacts(null));
  }, [db]);
  return (
    <section aria-labelledby="corpus-title">
      <h2 id="corpus-title">Corpus</h2>
      {facts ? (
        <dl class="facts">
          <dt>Version</dt>
          <dd>{facts.version ?? 'not loaded yet'}</dd>
          <dt>Passages</dt>
          <dd>
            {facts.passages}, {facts.reportPassages} of them from report 21-028
          </dd>
          <dt>Full report</dt>
          <dd>
            {facts.fullText
              ? [facts.fullText.title, facts.fullText.note].filter(Boolean).join(' — ')
              : 'not added (add it in the library, under Corpus)'}
          </dd>
        </dl>
      ) : (
        <p class="explain">Reading the corpus…</p>
      )}
    </section>
  );
}

export function OptionsApp({ db }: { db: VerbatimDB }) {
  return (
    <main class="options">
      <h1>Verbatim settings</h1>
      <SitesOff />
      <BadgeEvery />
      <Corpus db={db} />
      <p>
        <a href="/welcome.html">What the badges mean</a> · <a href="/library.html">Library</a>
      </p>
    </main>
  );
}
