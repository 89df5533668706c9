/** Search and filters of the saved-verifications table. Every control has a visible label. */
import { useEffect, useId, useState } from 'preact/hooks';
import { VERDICT_LABEL } from '@/components/card/verdict-text';
import { VERDICTS, type Verdict } from '@/lib/types';
import type { LibraryQuery } from '@/utils/library-query';
import { useDebounced } from './use-debounced';

export const SEARCH_DEBOUNCE_MS = 150;

export interface FilterOption {
  value: string;
  label: string;
}

export interface LibraryFiltersProps {
  query: LibraryQuery;
  sourceOptions: FilterOption[];
  onChange(change: Partial<LibraryQuery>): void;
}

export function LibraryFilters({ query, sourceOptions, onChange }: LibraryFiltersProps) {
  const ids = { search: useId(), source: useId(), from: useId(), to: useId() };
  const [typed, setTyped] = useState(query.search);
  const search = useDebounced(typed, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (search !== query.search) onChange({ search });
  }, [search]);
  // "Clear filters" resets the query from outside: mirror it in the box.
  useEffect(() => {
    if (query.search === '') setTyped('');
  }, [query.search]);

  const toggleVerdict = (verdict: Verdict, on: boolean) => {
    const next = on ? [...query.verdicts, verdict] : query.verdicts.filter((v) => v !== verdict);
    onChange({ verdicts: VERDICTS.filter((v) => next.includes(v)) });
  };

  return (
    <search class="filters">
      <div class="field search-field">
        <label for={ids.search}>Search quotation, page title, URL or speaker</label>
        <input
          id={ids.search}
          type="search"
          value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)}
          autoComplete="off"
        />
      </div>
      <fieldset class="verdicts">
        <legend>Verdict</legend>
        {VERDICTS.map((verdict) => (
          <label key={verdict} class="check">
            <input
              type="checkbox"
              checked={query.verdicts.includes(verdict)}
              onChange={(e) => toggleVerdict(verdict, e.currentTarget.checked)}
            />
            {VERDICT_LABEL[verdict]}
          </label>
        ))}
      </fieldset>
      <label class="check disputed-filter">
        <input
          type="checkbox"
          checked={query.disputed}
          onChange={(e) => onChange({ disputed: e.currentTarget.checked })}
        />
        Only verdicts I marked as looking wrong
      </label>
      <div class="field">
        <label for={ids.source}>Document</label>
        <select
          id={ids.source}
          value={query.source}
          onChange={(e) => onChange({ source: e.currentTarget.value })}
        >
          <option value="">All documents</option>
          {sourceOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={ids.from}>Checked from</label>
        <input
          id={ids.from}
          type="date"
          value={query.from}
          onChange={(e) => onChange({ from: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={ids.to}>Checked until</label>
        <input
          id={ids.to}
          type="date"
          value={query.to}
          onChange={(e) => onChange({ to: e.currentTarget.value })}
        />
      </div>
      <button
        type="button"
        class="clear"
        onClick={() => {
          setTyped('');
          onChange({ search: '', verdicts: [], source: '', from: '', to: '', disputed: false });
        }}
      >
        Clear filters
      </button>
    </search>
  );
}
