/**
 * Saved checks grouped by article: one row per page with its verdict counts, expanding to its
 * quotations. The flat table stays one click away for search and sort across articles.
 */
import { useState } from 'preact/hooks';
import { SafeLink } from '@/components/card/parts/SafeLink';
import { SHOWN_LABEL, SHOWN_ORDER, shownVerdict } from '@/components/card/verdict-text';
import type { Source } from '@/lib/corpus/types';
import type { VerificationRecord } from '@/utils/db';
import type { ArticleGroup, SortDir, SortKey } from '@/utils/library-query';
import { formatDate, plural, recordPlace } from './format';
import { VerificationTable } from './VerificationTable';

/** "10 Verified · 2 Edited · 1 Wrong speaker", in the legend's order. */
export function verdictCounts(records: VerificationRecord[]): string {
  const counts = new Map<string, number>();
  for (const r of records) {
    const shown = shownVerdict(r.status, r.attribution);
    counts.set(shown, (counts.get(shown) ?? 0) + 1);
  }
  return SHOWN_ORDER.filter((s) => counts.has(s))
    .map((s) => `${counts.get(s)} ${SHOWN_LABEL[s]}`)
    .join(' · ');
}

export interface ArticleGroupsProps {
  groups: ArticleGroup[];
  sources: Record<string, Source>;
  sort: SortKey;
  dir: SortDir;
  onSort: (key: SortKey) => void;
  onOpen: (record: VerificationRecord, opener: HTMLElement) => void;
  onDelete: (record: VerificationRecord) => void;
}

export function ArticleGroups(props: ArticleGroupsProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setExpanded((now) => {
      const next = new Set(now);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <ul class="articles" aria-label="Saved verifications by article">
      {props.groups.map((g) => {
        const first = g.records[0] as VerificationRecord;
        const place = recordPlace({ origin: first.origin, pageTitle: g.pageTitle, url: g.url });
        const open = expanded.has(g.key);
        const listId = `article-${encodeURIComponent(g.key)}`;
        return (
          <li key={g.key} class="article">
            <div class="article-head">
              <button
                type="button"
                class="article-toggle"
                aria-expanded={open}
                aria-controls={listId}
                onClick={() => toggle(g.key)}
              >
                <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
                <span class="page-title">{place}</span>
              </button>
              <span class="sub">
                {plural(g.records.length, 'quotation')}: {verdictCounts(g.records)} · last checked{' '}
                {formatDate(g.updatedAt)}
              </span>
              {g.url && (
                <span class="sub url">
                  <SafeLink url={g.url} />
                </span>
              )}
            </div>
            {open && (
              <div id={listId}>
                <VerificationTable
                  rows={g.records}
                  sources={props.sources}
                  sort={props.sort}
                  dir={props.dir}
                  onSort={props.onSort}
                  onOpen={props.onOpen}
                  onDelete={props.onDelete}
                  showArticle={false}
                  caption={`Quotations checked on ${place}`}
                />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
