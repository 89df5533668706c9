/**
 * Library with 10,000 saved verifications, generated deterministically: first render of the
 * saved-verifications panel (filters + sorted first page) in linkedom, and search (filter + sort) over
 * all records. Targets: first render < 200 ms, search < 50 ms.
 */
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { VerificationsPanel } from '../../components/library/VerificationsPanel';
import { bundledCorpus } from '../../data/corpus';
import type { Source } from '../../lib/corpus/types';
import { DEFAULT_QUERY, prepareKeys, queryRecords } from '../../utils/library-query';
import { generateRecords } from './library-records';
import { median } from './stats';
import type { BenchSection } from './types';

export const LIBRARY_RECORDS = 10_000;
const RENDER_RUNS = 9;
const SEARCHES = [
  'tolerance',
  'sessions separat',
  'news-17.example',
  'rosenstein',
  'children were',
  'zzz-nothing',
];
const SEARCH_ROUNDS = 5;

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Preact renders into the global document: give it a fresh linkedom one per run. */
function withDocument<T>(fn: (root: Element) => T): T {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const g = globalThis as { document?: unknown };
  const previous = g.document;
  g.document = document;
  try {
    return fn(document.getElementById('app') as unknown as Element);
  } finally {
    g.document = previous;
  }
}

export const librarySection: BenchSection = {
  name: 'library',
  async run() {
    const records = generateRecords(LIBRARY_RECORDS);
    const sources: Record<string, Source> = Object.fromEntries(bundledCorpus.sources.map((s) => [s.id, s]));
    const noop = () => undefined;

    const renders: number[] = [];
    let rows = 0;
    for (let run = 0; run < RENDER_RUNS; run++) {
      // Fresh objects each run, as after a load from IndexedDB: no cached sort or search keys.
      const fresh = structuredClone(records);
      withDocument((root) => {
        const t0 = performance.now();
        render(
          h(VerificationsPanel, {
            records: fresh,
            sources,
            onOpen: noop,
            onDelete: noop,
            onExport: noop,
            // The flat table: the view whose rows the figure counts (the grouped view renders less).
            initialView: 'flat',
          }),
          root,
        );
        renders.push(performance.now() - t0);
        rows = root.querySelectorAll('tbody tr').length;
        render(null, root);
      });
    }

    // A search before the keys are prepared also folds every record's text (the worst case: typing
    // within the first moments after the page opened).
    const unprepared = structuredClone(records);
    const t0 = performance.now();
    const firstHits = queryRecords(unprepared, { ...DEFAULT_QUERY, search: SEARCHES[0] ?? '' }).length;
    const firstSearch = performance.now() - t0;

    // What the page does after its first paint, in slices of 500 between frames.
    const loaded = structuredClone(records);
    const p0 = performance.now();
    prepareKeys(loaded, 0, loaded.length);
    const prepare = performance.now() - p0;
    const searches: number[] = [];
    const hits: Record<string, number> = {};
    for (let r = 0; r < SEARCH_ROUNDS; r++) {
      for (const search of SEARCHES) {
        const s0 = performance.now();
        hits[search] = queryRecords(loaded, { ...DEFAULT_QUERY, search }).length;
        searches.push(performance.now() - s0);
      }
    }

    return {
      libraryRecords: records.length,
      libraryRenderedRows: rows,
      libraryFirstRenderMs: round(median(renders)),
      librarySearchMs: round(median(searches)),
      librarySearchMaxMs: round(Math.max(...searches)),
      libraryPrepareKeysMs: round(prepare),
      libraryUnpreparedSearchMs: round(firstSearch),
      libraryFirstSearchHits: firstHits,
      librarySearchHits: hits,
    };
  },
  describe(r) {
    return [
      `library: ${r.libraryRecords} records, first render ${r.libraryFirstRenderMs} ms (median of ${RENDER_RUNS}, ${r.libraryRenderedRows} rows shown; target < 200 ms)`,
      `library: search ${r.librarySearchMs} ms (median of ${SEARCHES.length * SEARCH_ROUNDS}, max ${r.librarySearchMaxMs} ms; target < 50 ms)`,
      `library: preparing search keys after first paint ${r.libraryPrepareKeysMs} ms in 500-record slices; a search before that ${r.libraryUnpreparedSearchMs} ms`,
    ];
  },
};
