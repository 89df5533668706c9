/**
 * Search, filter, sort and paginate saved verifications in memory. Pure functions over an array loaded
 * once from Dexie: an indexed query per keystroke would be slower than scanning 10,000 records here,
 * and these functions run unchanged in tests and in the benchmark.
 */

import { fullTextSourceId } from '@/lib/fulltext/build';
import { VERDICTS, type Verdict } from '@/lib/types';
import type { VerificationRecord } from '@/utils/db';

export type SortKey =
  | 'quote'
  | 'status'
  | 'source'
  | 'reportPage'
  | 'page'
  | 'attribution'
  | 'speaker'
  | 'date';
export type SortDir = 'asc' | 'desc';

export interface LibraryQuery {
  /** Free text; every word must appear in the quotation, page title, URL or speaker. */
  search: string;
  /** Verdicts to keep; empty keeps all. */
  verdicts: Verdict[];
  /** Source id to keep; '' keeps all; NO_SOURCE keeps records without a source. */
  source: string;
  /** Local calendar days (YYYY-MM-DD, as <input type=date> gives them), inclusive; '' is open-ended. */
  from: string;
  to: string;
  /** Keep only the records whose verdict the reader marked as looking wrong. */
  disputed: boolean;
  sort: SortKey;
  dir: SortDir;
}

export const NO_SOURCE = '(none)';

export const DEFAULT_QUERY: LibraryQuery = {
  search: '',
  verdicts: [],
  source: '',
  from: '',
  to: '',
  disputed: false,
  sort: 'date',
  dir: 'desc',
};

/** Everything foldText rewrites, in one pass: combining accents, typographic quotes and dashes, whitespace. */
const FOLDABLE =
  /[\u0300-\u036f]+|[\u2018\u2019\u201a\u201b\u2032`]|[\u201c\u201d\u201e\u201f\u2033]|[\u2010-\u2015\u2212]|\u2026|\s+/g;
/** Characters only Unicode decomposition folds (accented letters, ligatures…); most text has none. */
const NEEDS_DECOMPOSITION = /[^\s!-~\u00a0\u2010-\u2015\u2018-\u201f\u2026\u2032\u2033\u2212\s]/;

function foldChar(match: string): string {
  const c = match.charCodeAt(0);
  if (c >= 0x300 && c <= 0x36f) return '';
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032 || c === 0x60) return "'";
  if ((c >= 0x201c && c <= 0x201f) || c === 0x2033) return '"';
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return '-';
  if (c === 0x2026) return '...';
  return ' ';
}

/**
 * Folds text for matching: case, accents, typographic quotes and dashes, runs of whitespace. Quotations
 * copied from articles carry curly quotes and non-breaking spaces that a user typing a search won't.
 * One regex pass, and Unicode decomposition only for text that needs it: this runs over every record.
 */
export function foldText(text: string): string {
  const decomposed = NEEDS_DECOMPOSITION.test(text) ? text.normalize('NFKD') : text;
  return decomposed.replace(FOLDABLE, foldChar).toLowerCase().trim();
}

/**
 * The words of a search, folded. Double quotation marks are dropped: a user pasting a quotation with its
 * marks means its words, which the stored text holds with different or no marks around them.
 */
export function searchTerms(search: string): string[] {
  return foldText(search).replace(/"/g, ' ').split(' ').filter(Boolean);
}

/** Precomputed per record: what search looks in, and comparable sort keys. */
interface RecordKeys {
  haystack: string;
  quote: string;
  source: string;
  page: string;
  reportPage: string;
  attribution: string;
  speaker: string;
}

// Keyed by the record object: a reload from Dexie gives new objects, so stale keys are never reused.
const keyCache = new WeakMap<VerificationRecord, RecordKeys>();

function keysOf(record: VerificationRecord): RecordKeys {
  let keys = keyCache.get(record);
  if (!keys) {
    const speaker = record.speaker ?? '';
    const attributedTo = record.attributedTo ?? '';
    keys = {
      haystack: foldText(`${record.quote}\n${record.pageTitle}\n${record.url}\n${speaker}\n${attributedTo}`),
      quote: foldText(record.quote),
      source: `${record.source ?? '\uffff'}\u0000${record.passageIds.join(' ')}`,
      page: foldText(`${record.pageTitle}\u0000${record.url}`),
      reportPage: record.result.page ?? '\uffff',
      attribution: foldText(attributedTo || speaker || '\uffff'),
      speaker: foldText(speaker || '\uffff'),
    };
    keyCache.set(record, keys);
  }
  return keys;
}

/**
 * Computes the search and sort keys of records[start, start + count) ahead of the first search (the
 * library does it in small slices after its first paint); returns where to continue.
 */
export function prepareKeys(records: VerificationRecord[], start: number, count: number): number {
  const end = Math.min(records.length, start + count);
  for (let i = start; i < end; i++) keysOf(records[i] as VerificationRecord);
  return end;
}

/** Parses YYYY-MM-DD as local midnight; null for '' or anything malformed. */
function localDay(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const time = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return Number.isNaN(time) ? null : time;
}

export function filterRecords(records: VerificationRecord[], query: LibraryQuery): VerificationRecord[] {
  const terms = searchTerms(query.search);
  const verdicts = query.verdicts.length ? new Set<Verdict>(query.verdicts) : null;
  const from = localDay(query.from) ?? -Infinity;
  // Inclusive "to": everything before the next local midnight (Date arithmetic copes with DST days).
  const to = localDay(nextDay(query.to)) ?? Infinity;
  const source = query.source;
  const sourceFullText = fullTextSourceId(source);
  const out: VerificationRecord[] = [];
  for (const record of records) {
    if (verdicts && !verdicts.has(record.status)) continue;
    if (query.disputed && !record.disputed) continue;
    // A document's records include those matched in its imported full text.
    if (
      source &&
      (source === NO_SOURCE
        ? record.source !== null
        : record.source !== source && record.source !== sourceFullText)
    )
      continue;
    if (record.updatedAt < from || record.updatedAt >= to) continue;
    if (terms.length) {
      const { haystack } = keysOf(record);
      if (!terms.every((term) => haystack.includes(term))) continue;
    }
    out.push(record);
  }
  return out;
}

function nextDay(day: string): string {
  const start = localDay(day);
  if (start === null) return '';
  const d = new Date(start);
  d.setDate(d.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const verdictRank = new Map<Verdict, number>(VERDICTS.map((v, i) => [v, i]));

function compareBy(key: SortKey): (a: VerificationRecord, b: VerificationRecord) => number {
  const cmp = <T>(x: T, y: T) => (x < y ? -1 : x > y ? 1 : 0);
  switch (key) {
    case 'date':
      return (a, b) => a.updatedAt - b.updatedAt;
    case 'status':
      return (a, b) => (verdictRank.get(a.status) ?? 99) - (verdictRank.get(b.status) ?? 99);
    case 'quote':
      return (a, b) => cmp(keysOf(a).quote, keysOf(b).quote);
    case 'source':
      return (a, b) => cmp(keysOf(a).source, keysOf(b).source);
    case 'page':
      return (a, b) => cmp(keysOf(a).page, keysOf(b).page);
    case 'attribution':
      return (a, b) => cmp(keysOf(a).attribution, keysOf(b).attribution);
    case 'speaker':
      return (a, b) => cmp(keysOf(a).speaker, keysOf(b).speaker);
    case 'reportPage':
      return (a, b) => keysOf(a).reportPage.localeCompare(keysOf(b).reportPage, 'en', { numeric: true });
  }
}

/** Returns a new sorted array; ties fall back to the latest check first, then id, so order is stable. */
export function sortRecords(records: VerificationRecord[], key: SortKey, dir: SortDir): VerificationRecord[] {
  const primary = compareBy(key);
  const sign = dir === 'asc' ? 1 : -1;
  return [...records].sort(
    (a, b) => sign * primary(a, b) || b.updatedAt - a.updatedAt || (a.id ?? Infinity) - (b.id ?? Infinity),
  );
}

/** Filter, then sort: what the table shows and what "export the filtered set" writes. */
export function queryRecords(records: VerificationRecord[], query: LibraryQuery): VerificationRecord[] {
  return sortRecords(filterRecords(records, query), query.sort, query.dir);
}

export interface Page<T> {
  items: T[];
  /** 1-based page actually shown (clamped into range). */
  page: number;
  pageCount: number;
  total: number;
  /** 0-based index of the first item shown. */
  start: number;
}

export function paginate<T>(items: T[], page: number, pageSize: number): Page<T> {
  const size = Math.max(1, Math.floor(pageSize));
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pageCount, total: items.length, start };
}

/** The saved checks of one article (one page URL), or of everything checked by hand in the popup. */
export interface ArticleGroup {
  key: string;
  url: string;
  pageTitle: string;
  byHand: boolean;
  records: VerificationRecord[];
  /** The latest check among them. */
  updatedAt: number;
}

/**
 * Groups records by the article they were checked on, keeping the records' order inside each group and
 * ordering groups by where their first record comes (so a sorted, filtered list groups as it sorts).
 */
export function groupByArticle(records: VerificationRecord[]): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  for (const r of records) {
    const byHand = r.origin === 'popup';
    const key = byHand ? '\u0000by-hand' : r.url;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        url: byHand ? '' : r.url,
        pageTitle: r.pageTitle,
        byHand,
        records: [],
        updatedAt: r.updatedAt,
      };
      groups.set(key, group);
    }
    group.records.push(r);
    if (r.updatedAt > group.updatedAt) group.updatedAt = r.updatedAt;
    if (!group.pageTitle && r.pageTitle) group.pageTitle = r.pageTitle;
  }
  return [...groups.values()];
}
