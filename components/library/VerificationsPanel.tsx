/**
 * Filters, export buttons, table and page controls over an in-memory array of records. No database or
 * extension API here: the container loads the records, and this renders them (also in the benchmark).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Source } from '@/lib/corpus/types';
import type { VerificationRecord } from '@/utils/db';
import {
  DEFAULT_QUERY,
  groupByArticle,
  type LibraryQuery,
  NO_SOURCE,
  paginate,
  prepareKeys,
  queryRecords,
  type SortKey,
} from '@/utils/library-query';
import { ArticleGroups } from './ArticleGroups';
import { sourceLabel } from './format';
import { type FilterOption, LibraryFilters } from './LibraryFilters';
import { Pagination } from './Pagination';
import { VerificationTable } from './VerificationTable';

export type ExportKind = 'json' | 'csv';

export interface VerificationsPanelProps {
  records: VerificationRecord[];
  sources: Record<string, Source>;
  onOpen(record: VerificationRecord, opener: HTMLElement): void;
  onDelete(record: VerificationRecord): void;
  onExport(kind: ExportKind, records: VerificationRecord[]): void;
  initialPageSize?: number;
  /** Grouped by article (the default) or one flat table of every quotation. */
  initialView?: LibraryView;
}

export type LibraryView = 'articles' | 'flat';

function sourceOptions(records: VerificationRecord[], sources: Record<string, Source>): FilterOption[] {
  const ids = new Set(Object.keys(sources));
  let none = false;
  for (const r of records) {
    if (r.source === null) none = true;
    else ids.add(r.source);
  }
  // One option per document: an imported full text is filtered with the report it completes.
  const options = [...ids]
    .filter((id) => !sources[id]?.fullTextOf || !ids.has(sources[id].fullTextOf))
    .map((id) => ({ value: id, label: sourceLabel(id, sources) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  if (none) options.push({ value: NO_SOURCE, label: 'No document (not found)' });
  return options;
}

const PREPARE_SLICE = 500;

/** Folds every record's text in small slices after the first paint, so the first search is as fast as the next. */
function usePreparedKeys(records: VerificationRecord[]) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = (start: number) => {
      const next = prepareKeys(records, start, PREPARE_SLICE);
      if (next < records.length) timer = setTimeout(step, 0, next);
    };
    timer = setTimeout(step, 0, 0);
    return () => clearTimeout(timer);
  }, [records]);
}

export function VerificationsPanel(props: VerificationsPanelProps) {
  const { records, sources } = props;
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(props.initialPageSize ?? 50);
  const [view, setView] = useState<LibraryView>(props.initialView ?? 'articles');

  usePreparedKeys(records);
  const filtered = useMemo(() => queryRecords(records, query), [records, query]);
  const groups = useMemo(() => (view === 'articles' ? groupByArticle(filtered) : []), [view, filtered]);
  const shown = paginate(filtered, page, pageSize);
  const shownGroups = paginate(groups, page, pageSize);
  const options = useMemo(() => sourceOptions(records, sources), [records, sources]);
  const isFiltered = filtered.length !== records.length;

  const change = (partial: Partial<LibraryQuery>) => {
    setQuery((q) => ({ ...q, ...partial }));
    setPage(1);
  };
  const sortBy = (key: SortKey) =>
    setQuery((q) => ({
      ...q,
      sort: key,
      dir: q.sort === key ? (q.dir === 'asc' ? 'desc' : 'asc') : key === 'date' ? 'desc' : 'asc',
    }));

  const tableProps = {
    sources,
    sort: query.sort,
    dir: query.dir,
    onSort: sortBy,
    onOpen: props.onOpen,
    onDelete: props.onDelete,
  };

  return (
    <>
      <LibraryFilters query={query} sourceOptions={options} onChange={change} />
      <div class="toolbar">
        <p class="count" role="status">
          {isFiltered
            ? `${filtered.length.toLocaleString('en-US')} of ${records.length.toLocaleString('en-US')} records match`
            : `${records.length.toLocaleString('en-US')} records`}
        </p>
        <button type="button" onClick={() => props.onExport('json', records)} disabled={!records.length}>
          Export all as JSON
        </button>
        <button type="button" onClick={() => props.onExport('csv', records)} disabled={!records.length}>
          Export all as CSV
        </button>
        {isFiltered && (
          <>
            <button
              type="button"
              onClick={() => props.onExport('json', filtered)}
              disabled={!filtered.length}
            >
              Export {filtered.length.toLocaleString('en-US')} shown as JSON
            </button>
            <button type="button" onClick={() => props.onExport('csv', filtered)} disabled={!filtered.length}>
              Export {filtered.length.toLocaleString('en-US')} shown as CSV
            </button>
          </>
        )}
      </div>
      <fieldset class="view">
        <legend class="visually-hidden">Show</legend>
        {(
          [
            ['articles', 'By article'],
            ['flat', 'All quotations'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} class="check">
            <input
              type="radio"
              name="library-view"
              checked={view === value}
              onChange={() => {
                setView(value);
                setPage(1);
              }}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {filtered.length === 0 ? (
        <p class="empty">
          {records.length
            ? 'No saved verification matches these filters.'
            : 'No saved verifications yet. Check a quotation (select it and use the context menu, or the popup’s “Check a quote” box) and it appears here.'}
        </p>
      ) : (
        <>
          {view === 'articles' ? (
            <ArticleGroups groups={shownGroups.items} {...tableProps} />
          ) : (
            <VerificationTable rows={shown.items} {...tableProps} />
          )}
          <Pagination
            noun={view === 'articles' ? 'articles' : 'records'}
            slice={view === 'articles' ? shownGroups : shown}
            pageSize={pageSize}
            onPage={setPage}
            onPageSize={setPageSize}
          />
        </>
      )}
    </>
  );
}
