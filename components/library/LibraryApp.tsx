/** The library page: saved verifications and the corpus, as two tabs (WAI-ARIA tabs pattern). */
import { useRef, useState } from 'preact/hooks';
import { bundledCorpus } from '@/data/corpus';
import { lastSeedError, readCorpus } from '@/utils/corpus-store';
import type { VerbatimDB } from '@/utils/db';
import { CorpusTab } from './CorpusTab';
import { libraryCorpus } from './card-data';
import { useLiveQuery } from './use-live-query';
import { VerificationsTab } from './VerificationsTab';

const TABS = [
  { id: 'verifications', label: 'Saved verifications' },
  { id: 'corpus', label: 'Corpus' },
] as const;
type TabId = (typeof TABS)[number]['id'];

function initialTab(): TabId {
  return typeof location !== 'undefined' && location.hash === '#corpus' ? 'corpus' : 'verifications';
}

export function LibraryApp({ db }: { db: VerbatimDB }) {
  const [tab, setTab] = useState<TabId>(initialTab);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});
  const corpus = useLiveQuery(async () => {
    const [stored, seedError] = await Promise.all([
      readCorpus(db, bundledCorpus.passages),
      lastSeedError(db),
    ]);
    return { corpus: libraryCorpus(stored), seedError };
  }, [db]);

  const select = (id: TabId, focus = false) => {
    setTab(id);
    if (typeof history !== 'undefined') history.replaceState(null, '', `#${id}`);
    if (focus) tabRefs.current[id]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const next =
      e.key === 'Home'
        ? TABS[0]
        : e.key === 'End'
          ? TABS[TABS.length - 1]
          : step
            ? TABS[(i + step + TABS.length) % TABS.length]
            : undefined;
    if (!next) return;
    e.preventDefault();
    select(next.id, true);
  };

  const loaded = corpus.state === 'ready' ? corpus.value : null;
  return (
    <main>
      <header class="page-head">
        <h1>Verbatim library</h1>
        <div role="tablist" aria-label="Library sections" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t.id}
              ref={(el) => {
                tabRefs.current[t.id] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => select(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
      </header>
      {corpus.state === 'error' && <p role="alert">The corpus could not be read: {corpus.message}</p>}
      {loaded?.seedError && (
        <p role="alert">
          The latest corpus update failed ({loaded.seedError.errors[0] ?? 'unknown error'}); the previous
          corpus is still in use.
        </p>
      )}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'verifications' ? (
          <VerificationsTab db={db} corpus={loaded?.corpus ?? null} />
        ) : loaded ? (
          <CorpusTab db={db} corpus={loaded.corpus} />
        ) : (
          <p role="status">Loading the corpus…</p>
        )}
      </div>
    </main>
  );
}
