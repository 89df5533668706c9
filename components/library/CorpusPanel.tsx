/** Every passage of the corpus, searchable and filterable, one page at a time. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { EVIDENCE_LEVELS, type Passage } from '@/lib/corpus/types';
import { paginate } from '@/utils/library-query';
import type { LibraryCorpus } from './card-data';
import { type CorpusQuery, distinct, EMPTY_CORPUS_QUERY, filterPassages, NO_SPEAKER } from './corpus-query';
import { sourceLabel } from './format';
import { Pagination } from './Pagination';
import { useDebounced } from './use-debounced';

interface SelectProps {
  label: string;
  value: string;
  all: string;
  options: Array<{ value: string; label: string }>;
  onChange(value: string): void;
}

function Select({ label, value, all, options, onChange }: SelectProps) {
  return (
    <div class="field">
      <label>
        {label}
        <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">{all}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export function CorpusPanel(props: {
  corpus: LibraryCorpus;
  onOpen(passage: Passage, opener: HTMLElement): void;
}) {
  const { corpus } = props;
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed, 150);
  const [filters, setFilters] = useState<Omit<CorpusQuery, 'search'>>(EMPTY_CORPUS_QUERY);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);

  const query = useMemo(() => ({ ...filters, search }), [filters, search]);
  const filtered = useMemo(() => filterPassages(corpus.passages, query), [corpus.passages, query]);
  // A new search or filter starts again from the first page.
  useEffect(() => setPage(1), [query]);
  const shown = paginate(filtered, page, pageSize);
  const speakers = useMemo(() => distinct(corpus.passages, 'speaker'), [corpus.passages]);
  const kinds = useMemo(() => distinct(corpus.passages, 'kind'), [corpus.passages]);
  const set = (change: Partial<CorpusQuery>) => setFilters((f) => ({ ...f, ...change }));

  return (
    <section aria-labelledby="passages-title">
      <h2 id="passages-title">Passages</h2>
      <search class="filters">
        <div class="field search-field">
          <label>
            Search passage text or speaker
            <input
              type="search"
              value={typed}
              onInput={(e) => setTyped(e.currentTarget.value)}
              autoComplete="off"
            />
          </label>
        </div>
        <Select
          label="Source"
          value={filters.source}
          all="All sources"
          options={corpus.sources.map((s) => ({ value: s.id, label: sourceLabel(s.id, corpus.sourceById) }))}
          onChange={(source) => set({ source })}
        />
        <Select
          label="Speaker"
          value={filters.speaker}
          all="All speakers"
          options={[
            ...speakers.map((s) => ({ value: s, label: s })),
            { value: NO_SPEAKER, label: 'No speaker' },
          ]}
          onChange={(speaker) => set({ speaker })}
        />
        <Select
          label="Kind"
          value={filters.kind}
          all="All kinds"
          options={kinds.map((k) => ({ value: k, label: k }))}
          onChange={(kind) => set({ kind })}
        />
        <Select
          label="Evidence"
          value={filters.evidence}
          all="All levels"
          options={EVIDENCE_LEVELS.map((l) => ({ value: l, label: l }))}
          onChange={(evidence) => set({ evidence: evidence as CorpusQuery['evidence'] })}
        />
      </search>
      <p class="count" role="status">
        {filtered.length === corpus.passages.length
          ? `${corpus.passages.length.toLocaleString('en-US')} passages`
          : `${filtered.length.toLocaleString('en-US')} of ${corpus.passages.length.toLocaleString('en-US')} passages match`}
      </p>
      {filtered.length > 0 && (
        <>
          <table class="passages">
            <caption class="visually-hidden">Corpus passages</caption>
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">Passage</th>
                <th scope="col">Speaker</th>
                <th scope="col">Kind</th>
                <th scope="col">Source</th>
                <th scope="col">Page</th>
                <th scope="col">Evidence</th>
                <th scope="col">Card</th>
              </tr>
            </thead>
            <tbody>
              {shown.items.map((p) => (
                <tr key={p.id} data-passage-id={p.id}>
                  <th scope="row" class="passage-id">
                    {p.id}
                  </th>
                  <td class="quote-cell">
                    <span class="quote-text">{p.text}</span>
                  </td>
                  <td>{p.speaker ?? '—'}</td>
                  <td>{p.kind}</td>
                  <td>{sourceLabel(p.source, corpus.sourceById)}</td>
                  <td>{p.page ?? '—'}</td>
                  <td>{p.evidence.level}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Open card for passage ${p.id}`}
                      onClick={(e) => props.onOpen(p, e.currentTarget)}
                    >
                      Open
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            noun="passages"
            slice={shown}
            pageSize={pageSize}
            onPage={setPage}
            onPageSize={setPageSize}
          />
        </>
      )}
    </section>
  );
}
